-- Small craft brewery: beers, hops, recipes, brew batches, trade customers and keg shipments.
PRAGMA foreign_keys = ON;

CREATE TABLE beer (
    beer_id INTEGER PRIMARY KEY,
    beer_name TEXT NOT NULL UNIQUE,
    style TEXT NOT NULL,
    abv TEXT NOT NULL,
    ibu INTEGER,
    launched_year INTEGER NOT NULL,
    seasonal_month TEXT,
    is_retired INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE hop (
    hop_code TEXT PRIMARY KEY,
    hop_name TEXT NOT NULL,
    origin_country TEXT NOT NULL,
    alpha_acid REAL
);

CREATE TABLE beer_hop (
    beer_id INTEGER NOT NULL REFERENCES beer(beer_id),
    hop_code TEXT NOT NULL REFERENCES hop(hop_code),
    grams_per_hl INTEGER NOT NULL,
    addition TEXT NOT NULL,
    PRIMARY KEY (beer_id, hop_code)
);

CREATE TABLE brewer (
    brewer_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    started_on TEXT NOT NULL,
    day_off TEXT
);

CREATE TABLE batch (
    batch_no INTEGER PRIMARY KEY,
    beer_id INTEGER NOT NULL REFERENCES beer(beer_id),
    brewer_id INTEGER REFERENCES brewer(brewer_id),
    brewed_on TEXT NOT NULL,
    volume_litres INTEGER NOT NULL,
    tank TEXT NOT NULL,
    packaged_at INTEGER
);

CREATE TABLE customer (
    account_id INTEGER PRIMARY KEY,
    account_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    city TEXT NOT NULL,
    since_year INTEGER NOT NULL,
    delivery_day TEXT
);

CREATE TABLE shipment (
    shipment_id INTEGER PRIMARY KEY,
    batch_no INTEGER NOT NULL REFERENCES batch(batch_no),
    account_id INTEGER NOT NULL REFERENCES customer(account_id),
    shipped_at INTEGER NOT NULL,
    kegs INTEGER NOT NULL,
    invoice_amount TEXT NOT NULL,
    paid_on TEXT
);

INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (1, 'Harbour Light', 'Lager', '4.2', 18, 2016, NULL, 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (2, 'Old Anchor', 'Porter', '5.6', 32, 2016, NULL, 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (3, 'Gull Rock IPA', 'IPA', '6.4', 60, 2018, NULL, 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (4, 'Saltmarsh Gose', 'Sour', '4.0', NULL, 2019, 'June', 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (5, 'Winter Beacon', 'Stout', '7.2', 45, 2017, 'December', 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (6, 'Tidewater Pale', 'Pale Ale', '4.8', 35, 2016, NULL, 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (7, 'Fogbank Hazy', 'IPA', '6.8', 40, 2021, NULL, 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (8, 'Red Sky Marzen', 'Lager', '5.8', 22, 2018, 'October', 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (9, 'Kelp Forest Stout', 'Stout', '5.0', 38, 2020, NULL, 1);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (10, 'Lighthouse Keeper', 'Pale Ale', '5.2', 42, 2022, NULL, 0);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (11, 'Spindrift Wit', 'Wheat', '4.5', 15, 2019, 'May', 1);
INSERT INTO beer (beer_id, beer_name, style, abv, ibu, launched_year, seasonal_month, is_retired) VALUES (12, 'Double Breakwater', 'IPA', '10.2', 85, 2023, NULL, 0);

INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('CAS', 'Cascade', 'USA', 6.0);
INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('CIT', 'Citra', 'USA', 12.5);
INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('MOS', 'Mosaic', 'USA', 11.8);
INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('EKG', 'East Kent Goldings', 'UK', 5.0);
INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('FUG', 'Fuggle', 'UK', 4.5);
INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('SAZ', 'Saaz', 'Czech Republic', 3.5);
INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('HAL', 'Hallertau Mittelfruh', 'Germany', 4.0);
INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('NEL', 'Nelson Sauvin', 'New Zealand', 12.0);
INSERT INTO hop (hop_code, hop_name, origin_country, alpha_acid) VALUES ('GAL', 'Galaxy', 'Australia', NULL);

INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (1, 'SAZ', 120, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (1, 'HAL', 80, 'aroma');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (2, 'FUG', 150, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (2, 'EKG', 90, 'aroma');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (3, 'CAS', 200, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (3, 'CIT', 250, 'dry hop');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (3, 'MOS', 180, 'dry hop');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (4, 'HAL', 40, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (5, 'EKG', 220, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (5, 'FUG', 100, 'aroma');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (6, 'CAS', 140, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (6, 'EKG', 110, 'aroma');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (7, 'CIT', 300, 'dry hop');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (7, 'MOS', 300, 'dry hop');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (7, 'GAL', 200, 'aroma');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (8, 'HAL', 130, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (8, 'SAZ', 90, 'aroma');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (9, 'FUG', 160, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (10, 'CAS', 150, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (10, 'NEL', 220, 'dry hop');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (10, 'MOS', 120, 'dry hop');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (11, 'HAL', 50, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (12, 'CIT', 350, 'bittering');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (12, 'MOS', 280, 'dry hop');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (12, 'NEL', 260, 'dry hop');
INSERT INTO beer_hop (beer_id, hop_code, grams_per_hl, addition) VALUES (12, 'GAL', 240, 'aroma');

INSERT INTO brewer (brewer_id, full_name, role, started_on, day_off) VALUES (1, 'Nadia Costa', 'Head Brewer', '2015-09-01', 'Sunday');
INSERT INTO brewer (brewer_id, full_name, role, started_on, day_off) VALUES (2, 'Owen Pryce', 'Brewer', '2017-02-13', 'Monday');
INSERT INTO brewer (brewer_id, full_name, role, started_on, day_off) VALUES (3, 'Priya Natarajan', 'Brewer', '2019-05-20', 'Sunday');
INSERT INTO brewer (brewer_id, full_name, role, started_on, day_off) VALUES (4, 'Quentin Hale', 'Assistant Brewer', '2021-08-30', 'Wednesday');
INSERT INTO brewer (brewer_id, full_name, role, started_on, day_off) VALUES (5, 'Rosa Delgado', 'Assistant Brewer', '2022-01-10', 'Saturday');
INSERT INTO brewer (brewer_id, full_name, role, started_on, day_off) VALUES (6, 'Sam Okafor', 'Brewer', '2020-03-02', NULL);
INSERT INTO brewer (brewer_id, full_name, role, started_on, day_off) VALUES (7, 'Tilly Vance', 'Assistant Brewer', '2023-11-06', 'Friday');
INSERT INTO brewer (brewer_id, full_name, role, started_on, day_off) VALUES (8, 'Umar Sheikh', 'Brewer', '2018-06-18', 'Tuesday');

INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2301, 1, 2, '2023-01-09', 1200, 'FV1', 1674813600);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2302, 3, 1, '2023-01-23', 800, 'FV2', 1676039400);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2303, 2, 3, '2023-02-06', 1000, 'FV3', 1677662100);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2304, 6, 2, '2023-03-13', 1200, 'FV1', 1680260400);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2305, 4, 4, '2023-05-08', 600, 'FV4', 1685367900);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2306, 11, 3, '2023-04-17', 600, 'FV2', 1683282600);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2307, 1, 8, '2023-06-05', 1200, 'FV1', 1687510800);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2308, 3, 1, '2023-06-19', 800, 'FV3', 1688743200);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2309, 7, 6, '2023-07-10', 800, 'FV2', 1690545600);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2310, 6, 2, '2023-08-14', 1200, 'FV1', 1693563000);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2311, 8, 1, '2023-08-28', 1000, 'FV3', 1695976200);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2312, 9, 5, '2023-09-11', 600, 'FV4', 1696608000);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2313, 5, 1, '2023-10-16', 1000, 'FV3', 1700214300);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2314, 10, 3, '2023-10-30', 800, 'FV2', 1700229600);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2315, 1, 2, '2023-11-13', 1200, 'FV1', 1701424800);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2316, 12, 6, '2023-12-04', 600, 'FV4', 1703849400);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2317, 2, 8, '2024-01-08', 1000, 'FV3', 1706691600);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2318, 7, 4, '2024-01-22', 800, 'FV2', 1707483600);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2319, 3, 3, '2024-02-05', 800, 'FV4', 1708700400);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2320, 6, 7, '2024-02-19', 1200, 'FV1', 1709893800);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2321, 10, 2, '2024-03-04', 800, 'FV2', 1711109700);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2322, 1, NULL, '2024-03-18', 1200, 'FV1', 1712307600);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2323, 12, 1, '2024-04-01', 600, 'FV3', NULL);
INSERT INTO batch (batch_no, beer_id, brewer_id, brewed_on, volume_litres, tank, packaged_at) VALUES (2324, 4, 5, '2024-04-15', 600, 'FV4', NULL);

INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (1, 'The Salty Dog', 'pub', 'Port Avery', 2016, 'Tuesday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (2, 'Anchor & Oar', 'pub', 'Port Avery', 2017, 'Tuesday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (3, 'Bottle Cove', 'bottle shop', 'Westmere', 2018, 'Thursday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (4, 'The Net Loft', 'restaurant', 'Westmere', 2019, 'Friday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (5, 'Harbour Festival Ltd', 'festival', 'Port Avery', 2021, NULL);
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (6, 'Crab & Compass', 'pub', 'Kilbride', 2016, 'Monday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (7, 'Hopscotch Bottles', 'bottle shop', 'Kilbride', 2020, 'Wednesday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (8, 'The Lantern', 'pub', 'Dunholm', 2022, 'Thursday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (9, 'Shoreline Bistro', 'restaurant', 'Port Avery', 2023, 'Friday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (10, 'Quayside Tap', 'pub', 'Westmere', 2019, 'Tuesday');
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (11, 'Driftwood Deli', 'restaurant', 'Dunholm', 2024, NULL);
INSERT INTO customer (account_id, account_name, kind, city, since_year, delivery_day) VALUES (12, 'Cask & Crate', 'bottle shop', 'Port Avery', 2023, 'Monday');

INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (1, 2301, 1, 1675247400, 6, '540.00', '2023-02-20');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (2, 2301, 2, 1675422000, 4, '360.00', '2023-02-28');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (3, 2302, 1, 1676369700, 3, '360.00', '2023-03-01');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (4, 2302, 3, 1676556000, 2, '240.00', '2023-03-10');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (5, 2303, 6, 1678095600, 5, '525.00', '2023-03-31');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (6, 2304, 10, 1680602400, 6, '570.00', '2023-04-28');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (7, 2304, 4, 1680881400, 2, '190.00', '2023-05-05');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (8, 2306, 5, 1684569600, 10, '950.00', '2023-06-30');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (9, 2305, 4, 1685722200, 2, '200.00', '2023-06-30');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (10, 2307, 1, 1687861800, 8, '720.00', '2023-07-14');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (11, 2307, 5, 1689407100, 12, '1080.00', '2023-08-31');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (12, 2308, 7, 1689166800, 3, '360.00', '2023-07-31');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (13, 2309, 3, 1691072400, 4, '500.00', '2023-08-25');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (14, 2309, 8, 1691078400, 2, '250.00', '2023-09-01');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (15, 2310, 2, 1693911600, 5, '475.00', '2023-09-29');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (16, 2311, 6, 1696239000, 6, '660.00', '2023-10-27');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (17, 2311, 5, 1696663800, 15, '1650.00', '2023-11-30');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (18, 2312, 10, 1696934700, 3, '315.00', '2023-11-03');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (19, 2313, 1, 1700560800, 4, '520.00', '2023-12-08');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (20, 2314, 4, 1700838000, 3, '345.00', '2023-12-22');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (21, 2313, 9, 1701432000, 2, '260.00', NULL);
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (22, 2315, 2, 1701774900, 6, '540.00', '2024-01-05');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (23, 2315, 10, 1702376400, 5, '450.00', '2024-01-12');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (24, 2316, 7, 1704288600, 2, '300.00', '2024-01-26');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (25, 2316, 3, 1704376800, 2, '300.00', '2024-02-02');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (26, 2317, 6, 1707123600, 5, '525.00', '2024-03-01');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (27, 2317, 8, 1707407100, 3, '315.00', '2024-03-08');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (28, 2318, 1, 1707818400, 4, '500.00', '2024-03-04');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (29, 2318, 11, 1708086600, 2, '250.00', NULL);
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (30, 2319, 3, 1709215800, 3, '360.00', '2024-03-22');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (31, 2320, 10, 1710240000, 6, '570.00', '2024-04-05');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (32, 2320, 2, 1710242400, 4, '380.00', '2024-04-09');
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (33, 2321, 4, 1711724400, 2, '230.00', NULL);
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (34, 2321, 9, 1711729800, 2, '230.00', NULL);
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (35, 2322, 1, 1712656800, 8, '720.00', NULL);
INSERT INTO shipment (shipment_id, batch_no, account_id, shipped_at, kegs, invoice_amount, paid_on) VALUES (36, 2322, 6, 1712567700, 5, '450.00', NULL);
