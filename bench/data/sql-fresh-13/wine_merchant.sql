PRAGMA foreign_keys = ON;

CREATE TABLE regions (
    region_id INTEGER PRIMARY KEY,
    region_name TEXT NOT NULL,
    country TEXT NOT NULL
);

CREATE TABLE producers (
    producer_code TEXT PRIMARY KEY,
    producer_name TEXT NOT NULL,
    region_id INTEGER NOT NULL REFERENCES regions(region_id),
    founded_year INTEGER NOT NULL,
    is_organic INTEGER NOT NULL
);

CREATE TABLE wines (
    wine_id INTEGER PRIMARY KEY,
    producer_code TEXT NOT NULL REFERENCES producers(producer_code),
    wine_name TEXT NOT NULL,
    colour TEXT NOT NULL,
    grape_variety TEXT NOT NULL
);

CREATE TABLE vintages (
    vintage_id INTEGER PRIMARY KEY,
    wine_id INTEGER NOT NULL REFERENCES wines(wine_id),
    vintage_year INTEGER NOT NULL,
    bottle_price REAL NOT NULL,
    bottles_in_stock INTEGER NOT NULL,
    critic_score INTEGER
);

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL,
    loyalty_tier TEXT NOT NULL,
    customer_since TEXT NOT NULL
);

CREATE TABLE orders (
    order_no TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    ordered_at TEXT NOT NULL,
    delivery_method TEXT NOT NULL,
    shipped_on TEXT,
    status TEXT NOT NULL
);

CREATE TABLE order_lines (
    order_no TEXT NOT NULL REFERENCES orders(order_no),
    line_no INTEGER NOT NULL,
    vintage_id INTEGER NOT NULL REFERENCES vintages(vintage_id),
    quantity INTEGER NOT NULL,
    unit_price REAL NOT NULL,
    PRIMARY KEY (order_no, line_no)
);

INSERT INTO regions (region_id, region_name, country) VALUES (1, 'Bordeaux', 'France');
INSERT INTO regions (region_id, region_name, country) VALUES (2, 'Burgundy', 'France');
INSERT INTO regions (region_id, region_name, country) VALUES (3, 'Champagne', 'France');
INSERT INTO regions (region_id, region_name, country) VALUES (4, 'Rhône Valley', 'France');
INSERT INTO regions (region_id, region_name, country) VALUES (5, 'Loire Valley', 'France');
INSERT INTO regions (region_id, region_name, country) VALUES (6, 'Tuscany', 'Italy');
INSERT INTO regions (region_id, region_name, country) VALUES (7, 'Piedmont', 'Italy');
INSERT INTO regions (region_id, region_name, country) VALUES (8, 'Rioja', 'Spain');
INSERT INTO regions (region_id, region_name, country) VALUES (9, 'Douro', 'Portugal');
INSERT INTO regions (region_id, region_name, country) VALUES (10, 'Mosel', 'Germany');
INSERT INTO regions (region_id, region_name, country) VALUES (11, 'Napa Valley', 'United States');
INSERT INTO regions (region_id, region_name, country) VALUES (12, 'Barossa Valley', 'Australia');
INSERT INTO regions (region_id, region_name, country) VALUES (13, 'Marlborough', 'New Zealand');
INSERT INTO regions (region_id, region_name, country) VALUES (14, 'Mendoza', 'Argentina');
INSERT INTO regions (region_id, region_name, country) VALUES (15, 'Stellenbosch', 'South Africa');

INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('CHLAF', 'Château Lafleur-Martin', 1, 1872, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('CHBEL', 'Château Belvue', 1, 1920, 1);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('DOMRO', 'Domaine Rousselet', 2, 1903, 1);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('DOMFA', 'Domaine Favier', 2, 1955, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('MAIDE', 'Maison Delacroix', 3, 1838, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('DOMVI', 'Domaine du Vieux Mas', 4, 1890, 1);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('DOMLO', 'Domaine Loiseau', 5, 1961, 1);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('TENCA', 'Tenuta Castelvecchio', 6, 1745, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('PODSA', 'Poderi Sant''Anna', 6, 1968, 1);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('CASBR', 'Cascina Brunello', 7, 1911, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('BODVA', 'Bodegas Valdemar Alta', 8, 1889, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('QTAMO', 'Quinta do Monte', 9, 1756, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('WEIRI', 'Weingut Richter', 10, 1893, 1);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('STAGH', 'Stag Hollow Cellars', 11, 1976, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('KANGR', 'Kangaroo Ridge Estate', 12, 1951, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('CLBAY', 'Cloudy Bay Hills', 13, 1985, 1);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('BODAN', 'Bodega Andes Altos', 14, 1998, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('SIMON', 'Simonsberg Estate', 15, 1692, 1);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('CHBRN', 'Château Brion-Lacaze', 1, 1850, 0);
INSERT INTO producers (producer_code, producer_name, region_id, founded_year, is_organic) VALUES ('TENRO', 'Tenuta Rocca Nera', 7, 1932, 1);

INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (1, 'CHLAF', 'Grand Vin', 'red', 'Merlot');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (2, 'CHLAF', 'Le Petit Lafleur', 'red', 'Cabernet Sauvignon');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (3, 'CHBEL', 'Château Belvue Blanc', 'white', 'Sauvignon Blanc');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (4, 'CHBEL', 'Château Belvue Rouge', 'red', 'Merlot');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (5, 'DOMRO', 'Gevrey-Chambertin', 'red', 'Pinot Noir');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (6, 'DOMRO', 'Meursault', 'white', 'Chardonnay');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (7, 'DOMFA', 'Chablis Premier Cru', 'white', 'Chardonnay');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (8, 'DOMFA', 'Bourgogne Rouge', 'red', 'Pinot Noir');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (9, 'MAIDE', 'Brut Réserve', 'sparkling', 'Chardonnay');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (10, 'MAIDE', 'Rosé Brut', 'sparkling', 'Pinot Noir');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (11, 'DOMVI', 'Châteauneuf-du-Pape', 'red', 'Grenache');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (12, 'DOMVI', 'Côtes du Rhône Rosé', 'rosé', 'Grenache');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (13, 'DOMLO', 'Sancerre', 'white', 'Sauvignon Blanc');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (14, 'DOMLO', 'Vouvray Moelleux', 'sweet', 'Chenin Blanc');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (15, 'TENCA', 'Chianti Classico Riserva', 'red', 'Sangiovese');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (16, 'PODSA', 'Brunello di Montalcino', 'red', 'Sangiovese');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (17, 'CASBR', 'Barolo', 'red', 'Nebbiolo');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (18, 'CASBR', 'Barbera d''Alba', 'red', 'Barbera');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (19, 'BODVA', 'Rioja Reserva', 'red', 'Tempranillo');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (20, 'BODVA', 'Rioja Blanco', 'white', 'Viura');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (21, 'QTAMO', 'Vintage Port', 'sweet', 'Touriga Nacional');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (22, 'QTAMO', 'Douro Tinto', 'red', 'Touriga Nacional');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (23, 'WEIRI', 'Riesling Kabinett', 'white', 'Riesling');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (24, 'WEIRI', 'Riesling Spätlese', 'sweet', 'Riesling');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (25, 'STAGH', 'Napa Cabernet', 'red', 'Cabernet Sauvignon');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (26, 'STAGH', 'Carneros Chardonnay', 'white', 'Chardonnay');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (27, 'KANGR', 'Old Vine Shiraz', 'red', 'Shiraz');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (28, 'CLBAY', 'Marlborough Sauvignon Blanc', 'white', 'Sauvignon Blanc');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (29, 'CLBAY', 'Pinot Noir', 'red', 'Pinot Noir');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (30, 'BODAN', 'Malbec Reserva', 'red', 'Malbec');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (31, 'BODAN', 'Torrontés', 'white', 'Torrontés');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (32, 'SIMON', 'Chenin Blanc', 'white', 'Chenin Blanc');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (33, 'SIMON', 'Pinotage', 'red', 'Pinotage');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (34, 'CHBRN', 'Pessac-Léognan Rouge', 'red', 'Cabernet Sauvignon');
INSERT INTO wines (wine_id, producer_code, wine_name, colour, grape_variety) VALUES (35, 'TENRO', 'Barbaresco', 'red', 'Nebbiolo');

INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (1, 1, 2015, 111.99, 130, 96);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (2, 1, 2022, 87.99, 119, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (3, 2, 2018, 70.99, 144, 88);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (4, 2, 2020, 66.99, 26, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (5, 3, 2023, 27.99, 109, 92);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (6, 4, 2016, 35.99, 36, 93);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (7, 5, 2015, 91.99, 29, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (8, 5, 2021, 75.99, 63, 92);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (9, 6, 2023, 69.99, 174, 90);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (10, 7, 2015, 41.99, 14, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (11, 7, 2019, 36.99, 179, 88);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (12, 8, 2020, 24.99, 162, 90);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (13, 9, 2015, 62.99, 160, 90);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (14, 9, 2022, 49.99, 49, 95);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (15, 10, 2018, 57.99, 98, 93);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (16, 11, 2016, 57.99, 61, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (17, 11, 2020, 49.99, 103, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (18, 12, 2023, 30.99, 1, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (19, 13, 2021, 23.99, 178, 90);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (20, 14, 2019, 25.99, 154, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (21, 15, 2017, 36.99, 150, 96);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (22, 15, 2021, 31.99, 33, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (23, 16, 2015, 81.99, 25, 90);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (24, 16, 2018, 73.99, 176, 92);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (25, 17, 2015, 72.99, 36, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (26, 17, 2021, 58.99, 51, 90);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (27, 18, 2015, 72.99, 82, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (28, 19, 2018, 24.99, 46, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (29, 19, 2019, 23.99, 123, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (30, 20, 2022, 21.99, 45, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (31, 21, 2015, 52.99, 60, 89);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (32, 21, 2017, 49.99, 90, NULL);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (33, 22, 2019, 45.99, 56, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (34, 23, 2021, 20.99, 86, 90);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (35, 24, 2022, 19.99, 143, 93);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (36, 25, 2017, 80.99, 125, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (37, 25, 2020, 72.99, 40, 88);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (38, 26, 2023, 64.99, 142, 89);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (39, 27, 2019, 38.99, 99, 93);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (40, 27, 2020, 37.99, 64, 93);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (41, 28, 2021, 18.99, 24, 88);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (42, 29, 2017, 21.99, 19, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (43, 30, 2018, 18.99, 9, NULL);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (44, 31, 2023, 15.99, 42, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (45, 32, 2021, 14.99, 4, 91);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (46, 33, 2018, 16.99, 130, 88);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (47, 34, 2016, 121.99, 164, 94);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (48, 34, 2019, 109.99, 0, 90);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (49, 35, 2018, 69.99, 83, NULL);
INSERT INTO vintages (vintage_id, wine_id, vintage_year, bottle_price, bottles_in_stock, critic_score) VALUES (50, 35, 2022, 59.99, 161, 94);

INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (1, 'Harriet', 'Ashford', 'hashford@mailbox.co.uk', 'Manchester', 'silver', '2022-11-23');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (2, 'Ian', 'Blackwood', 'iblackwood@mailbox.co.uk', 'London', 'silver', '2017-08-03');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (3, 'Jessica', 'Chambers', 'jchambers@mailbox.co.uk', 'London', 'standard', '2022-02-06');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (4, 'Kenneth', 'Drummond', 'kdrummond@mailbox.co.uk', 'London', 'gold', '2015-03-12');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (5, 'Lucy', 'Everett', 'leverett@mailbox.co.uk', 'Harrogate', 'standard', '2022-11-10');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (6, 'Malcolm', 'Fairbairn', 'mfairbairn@mailbox.co.uk', 'Edinburgh', 'standard', '2019-07-18');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (7, 'Natalie', 'Grantham', 'ngrantham@mailbox.co.uk', 'London', 'silver', '2020-01-22');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (8, 'Owen', 'Hargreaves', 'ohargreaves@mailbox.co.uk', 'London', 'silver', '2022-09-19');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (9, 'Penelope', 'Ingram', 'pingram@mailbox.co.uk', 'London', 'standard', '2015-12-31');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (10, 'Rupert', 'Jessop', 'rjessop@mailbox.co.uk', 'Bath', 'silver', '2019-01-11');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (11, 'Sophia', 'Kingsley', 'skingsley@mailbox.co.uk', 'London', 'standard', '2016-02-29');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (12, 'Theo', 'Langford', 'tlangford@mailbox.co.uk', 'London', 'standard', '2021-07-15');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (13, 'Victoria', 'Mercer', 'vmercer@mailbox.co.uk', 'London', 'gold', '2021-07-08');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (14, 'Walter', 'Norbury', 'wnorbury@mailbox.co.uk', 'Bath', 'standard', '2018-04-06');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (15, 'Yvonne', 'Oakley', 'yoakley@mailbox.co.uk', 'London', 'silver', '2023-01-07');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (16, 'Adrian', 'Pemberton', 'apemberton@mailbox.co.uk', 'Bath', 'standard', '2015-10-17');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (17, 'Beatrice', 'Radcliffe', 'bradcliffe@mailbox.co.uk', 'Oxford', 'silver', '2019-07-28');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (18, 'Cedric', 'Sinclair', 'csinclair@mailbox.co.uk', 'Winchester', 'standard', '2022-09-28');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (19, 'Diana', 'Thornton', 'dthornton@mailbox.co.uk', 'Edinburgh', 'silver', '2020-10-19');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (20, 'Edmund', 'Underwood', 'eunderwood@mailbox.co.uk', 'Harrogate', 'silver', '2020-04-14');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (21, 'Frances', 'Vaughan', 'fvaughan@mailbox.co.uk', 'London', 'silver', '2022-05-02');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (22, 'Gordon', 'Whitmore', 'gwhitmore@mailbox.co.uk', 'London', 'gold', '2016-04-03');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (23, 'Helena', 'Yardley', 'hyardley@mailbox.co.uk', 'London', 'standard', '2022-12-19');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (24, 'Isaac', 'Ashby', 'iashby@mailbox.co.uk', 'Manchester', 'standard', '2019-03-24');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (25, 'Jemima', 'Beckett', 'jbeckett@mailbox.co.uk', 'London', 'standard', '2023-03-20');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (26, 'Kit', 'Carmichael', 'kcarmichael@mailbox.co.uk', 'London', 'standard', '2021-06-24');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (27, 'Louisa', 'Dunmore', 'ldunmore@mailbox.co.uk', 'Winchester', 'standard', '2017-01-26');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (28, 'Miles', 'Ellwood', 'mellwood@mailbox.co.uk', 'Manchester', 'standard', '2016-10-13');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (29, 'Nora', 'Forsyth', 'nforsyth@mailbox.co.uk', 'Winchester', 'standard', '2019-05-27');
INSERT INTO customers (customer_id, first_name, last_name, email, city, loyalty_tier, customer_since) VALUES (30, 'Patrick', 'Gresham', 'pgresham@mailbox.co.uk', 'York', 'standard', '2018-11-19');

INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10403', 9, '2023-01-21 15:17:53', 'courier', '2023-01-23', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10406', 7, '2023-01-21 17:01:27', 'courier', '2023-01-27', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10409', 20, '2023-02-25 22:11:45', 'courier', '2023-03-01', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10412', 4, '2023-02-28 20:13:29', 'courier', NULL, 'cancelled');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10415', 28, '2023-03-08 11:55:37', 'courier', '2023-03-10', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10418', 2, '2023-04-12 09:41:50', 'courier', '2023-04-18', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10421', 9, '2023-04-15 10:37:44', 'courier', '2023-04-17', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10424', 23, '2023-05-01 13:47:10', 'courier', '2023-05-03', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10427', 11, '2023-05-16 08:07:22', 'collection', '2023-05-17', 'collected');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10430', 14, '2023-05-28 15:02:43', 'courier', NULL, 'cancelled');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10433', 17, '2023-06-15 15:28:43', 'courier', '2023-06-17', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10436', 8, '2023-06-20 11:01:51', 'courier', '2023-06-26', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10439', 14, '2023-07-18 22:42:16', 'collection', '2023-07-20', 'collected');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10442', 2, '2023-07-23 11:15:04', 'courier', '2023-07-25', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10445', 29, '2023-08-09 10:42:07', 'collection', '2023-08-11', 'collected');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10448', 12, '2023-08-09 10:56:03', 'collection', '2023-08-11', 'collected');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10451', 8, '2023-09-26 15:26:40', 'courier', '2023-09-28', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10454', 7, '2023-09-29 09:32:04', 'courier', '2023-10-01', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10457', 4, '2023-10-10 21:09:09', 'courier', '2023-10-12', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10460', 24, '2023-10-13 15:02:47', 'collection', '2023-10-16', 'collected');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10463', 17, '2023-10-31 19:45:49', 'courier', '2023-11-04', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10466', 5, '2023-11-10 17:50:39', 'collection', '2023-11-12', 'collected');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10469', 20, '2023-12-04 15:10:31', 'courier', '2023-12-05', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10472', 28, '2024-01-22 19:29:32', 'collection', NULL, 'cancelled');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10475', 11, '2024-01-26 07:36:59', 'courier', '2024-01-28', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10478', 9, '2024-02-16 23:47:40', 'collection', NULL, 'cancelled');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10481', 21, '2024-02-23 10:42:40', 'courier', '2024-02-27', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10484', 4, '2024-04-13 23:30:50', 'courier', '2024-04-16', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10487', 21, '2024-04-19 23:10:19', 'courier', '2024-04-20', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10490', 8, '2024-04-21 13:40:43', 'courier', '2024-04-22', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10493', 29, '2024-05-01 13:15:42', 'collection', '2024-05-05', 'collected');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10496', 18, '2024-05-08 18:35:41', 'courier', '2024-05-09', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10499', 28, '2024-06-04 15:45:21', 'collection', '2024-06-10', 'collected');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10502', 5, '2024-06-07 17:19:46', 'courier', '2024-06-08', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10505', 1, '2024-06-15 16:17:54', 'courier', '2024-06-16', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10508', 10, '2024-09-24 09:48:54', 'courier', '2024-09-30', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10511', 20, '2024-10-28 23:55:24', 'courier', '2024-10-30', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10514', 14, '2024-11-28 13:53:25', 'courier', '2024-11-29', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10517', 19, '2024-12-14 09:13:34', 'courier', '2024-12-17', 'delivered');
INSERT INTO orders (order_no, customer_id, ordered_at, delivery_method, shipped_on, status) VALUES ('WO-10520', 15, '2024-12-21 18:29:50', 'courier', NULL, 'processing');

INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10403', 1, 44, 2, 15.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10403', 2, 42, 3, 21.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10406', 1, 42, 6, 21.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10409', 1, 10, 1, 41.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10412', 1, 15, 1, 57.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10415', 1, 42, 6, 21.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10415', 2, 11, 6, 36.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10418', 1, 32, 6, 49.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10418', 2, 11, 12, 33.29);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10421', 1, 5, 12, 25.19);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10424', 1, 34, 1, 20.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10424', 2, 46, 6, 16.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10427', 1, 7, 6, 91.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10427', 2, 11, 6, 36.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10430', 1, 25, 1, 72.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10433', 1, 25, 12, 65.69);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10433', 2, 2, 2, 87.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10436', 1, 37, 6, 72.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10436', 2, 50, 2, 59.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10439', 1, 14, 6, 49.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10439', 2, 25, 6, 72.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10442', 1, 23, 6, 81.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10445', 1, 36, 2, 80.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10445', 2, 22, 6, 31.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10448', 1, 32, 2, 49.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10448', 2, 10, 2, 41.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10451', 1, 4, 2, 66.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10454', 1, 11, 6, 36.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10457', 1, 28, 6, 24.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10460', 1, 15, 6, 57.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10460', 2, 9, 3, 69.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10463', 1, 8, 12, 68.39);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10466', 1, 14, 2, 49.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10469', 1, 33, 1, 45.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10472', 1, 10, 2, 41.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10475', 1, 6, 12, 32.39);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10475', 2, 37, 1, 72.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10478', 1, 49, 3, 69.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10478', 2, 8, 6, 75.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10481', 1, 29, 6, 23.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10484', 1, 23, 6, 81.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10484', 2, 39, 6, 38.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10487', 1, 40, 1, 37.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10487', 2, 11, 6, 36.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10490', 1, 47, 6, 121.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10493', 1, 7, 6, 91.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10496', 1, 10, 6, 41.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10496', 2, 21, 1, 36.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10499', 1, 13, 2, 62.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10499', 2, 39, 6, 38.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10502', 1, 33, 6, 45.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10505', 1, 27, 1, 72.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10505', 2, 21, 6, 36.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10508', 1, 25, 6, 72.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10511', 1, 12, 1, 24.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10511', 2, 45, 6, 14.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10514', 1, 3, 2, 70.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10517', 1, 45, 2, 14.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10520', 1, 31, 1, 52.99);
INSERT INTO order_lines (order_no, line_no, vintage_id, quantity, unit_price) VALUES ('WO-10520', 2, 36, 6, 80.99);
