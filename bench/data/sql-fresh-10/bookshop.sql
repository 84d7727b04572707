-- Bookshop: an independent bookseller with branches in the West of England
CREATE TABLE publishers (
    publisher_code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT,
    country TEXT,
    founded_year INTEGER
);

CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    nationality TEXT,
    birth_year INTEGER
);

CREATE TABLE books (
    book_id INTEGER PRIMARY KEY,
    isbn TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors(id),
    publisher_code TEXT NOT NULL REFERENCES publishers(publisher_code),
    genre TEXT NOT NULL,
    list_price REAL NOT NULL,   -- GBP
    published_on TEXT,          -- ISO date
    page_count INTEGER
);

CREATE TABLE branches (
    branch_id INTEGER PRIMARY KEY,
    branch_name TEXT NOT NULL,
    town TEXT NOT NULL,
    opened_on TEXT,             -- ISO date
    manager_name TEXT,
    floor_area_sqm TEXT         -- square metres, as entered
);

CREATE TABLE stock_levels (
    branch_id INTEGER NOT NULL REFERENCES branches(branch_id),
    book_id INTEGER NOT NULL REFERENCES books(book_id),
    qty_on_hand INTEGER NOT NULL,
    last_counted TEXT,          -- ISO date
    PRIMARY KEY (branch_id, book_id)
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT,
    postcode TEXT,
    loyalty_tier TEXT,          -- Gold / Silver / Bronze; NULL = not in the loyalty scheme
    joined_at INTEGER NOT NULL  -- account created, Unix epoch seconds (UTC)
);

CREATE TABLE sales (
    sale_id INTEGER PRIMARY KEY,
    branch_id INTEGER NOT NULL REFERENCES branches(branch_id),
    customer_id INTEGER REFERENCES customers(id),   -- NULL = walk-in customer without an account
    sale_date TEXT NOT NULL,    -- ISO date
    payment_method TEXT NOT NULL
);

CREATE TABLE sale_lines (
    sale_id INTEGER NOT NULL REFERENCES sales(sale_id),
    line_no INTEGER NOT NULL,
    book_id INTEGER NOT NULL REFERENCES books(book_id),
    quantity INTEGER NOT NULL,
    unit_price REAL NOT NULL,   -- GBP actually charged per copy
    PRIMARY KEY (sale_id, line_no)
);

INSERT INTO publishers (publisher_code, name, city, country, founded_year) VALUES ('FEN', 'Fenwick & Hale', 'Manchester', 'UK', 1964);
INSERT INTO publishers (publisher_code, name, city, country, founded_year) VALUES ('HAR', 'Harbour Lane Press', 'Bristol', 'UK', 1987);
INSERT INTO publishers (publisher_code, name, city, country, founded_year) VALUES ('KST', 'Kestrel Books', 'London', 'UK', 1952);
INSERT INTO publishers (publisher_code, name, city, country, founded_year) VALUES ('MDN', 'Meridian House', 'New York', 'USA', 1921);
INSERT INTO publishers (publisher_code, name, city, country, founded_year) VALUES ('OWL', 'Owlery Editions', 'Edinburgh', 'UK', 2004);
INSERT INTO publishers (publisher_code, name, city, country, founded_year) VALUES ('TID', 'Tidewater Publishing', 'Dublin', 'Ireland', 1978);
INSERT INTO publishers (publisher_code, name, city, country, founded_year) VALUES ('VRS', 'Verso Quarto', 'Toronto', 'Canada', 1995);

INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (1, 'Margaret', 'Ellory', 'British', 1958);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (2, 'Tomas', 'Varga', 'Hungarian', 1971);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (3, 'Aoife', 'Brennan', 'Irish', 1983);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (4, 'Daniel', 'Okafor', 'Nigerian', 1976);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (5, 'Helen', 'Marsh', 'British', 1949);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (6, 'Ruth', 'Calder', 'British', 1990);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (7, 'Samuel', 'Price', 'American', 1965);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (8, 'Ingrid', 'Solberg', 'Norwegian', 1980);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (9, 'Priya', 'Nair', 'Indian', NULL);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (10, 'Lucas', 'Moreau', 'French', 1968);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (11, 'Catherine', 'Doyle', 'Irish', 1972);
INSERT INTO authors (id, first_name, last_name, nationality, birth_year) VALUES (12, 'Owen', 'Griffiths', 'British', NULL);

INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (101, '9781905123011', 'The Salt Road', 1, 'HAR', 'Fiction', 9.99, '2019-04-11', 352);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (102, '9781905123028', 'Winter Harbour', 1, 'HAR', 'Fiction', 8.99, '2021-10-07', 298);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (103, '9780241556720', 'Glass Orchard', 2, 'KST', 'Fiction', 12.99, '2022-02-17', 412);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (104, '9780241556737', 'The Ninth Bridge', 2, 'KST', 'Crime', 10.99, '2023-06-01', 384);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (105, '9781848700152', 'A Field Guide to Rain', 3, 'TID', 'Poetry', 11.5, '2020-03-19', 96);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (106, '9781848700169', 'Small Hours', 3, 'TID', 'Poetry', 10.0, '2023-09-14', 88);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (107, '9780374112233', 'Lagos After Dark', 4, 'MDN', 'Crime', 14.99, '2018-08-28', 336);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (108, '9780374112240', 'The Cartographer''s Son', 4, 'MDN', 'Fiction', 16.99, '2024-01-25', 448);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (109, '9781408865011', 'Empires of Wool', 5, 'FEN', 'History', 25.0, '2017-11-02', 560);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (110, '9781408865028', 'The Long Parliament', 5, 'FEN', 'History', 22.5, '2020-05-21', 512);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (111, '9781916200110', 'Oats and Honey', 6, 'OWL', 'Cookery', 20.0, '2022-10-13', 240);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (112, '9781916200127', 'The Hebridean Kitchen', 6, 'OWL', 'Cookery', 24.0, '2024-04-04', 272);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (113, '9780525559870', 'Quiet Engines', 7, 'MDN', 'Science', 18.99, '2021-03-09', 320);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (114, '9780525559887', 'The Tidal Mind', 7, 'MDN', 'Science', 17.5, '2023-02-23', 288);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (115, '9781770412345', 'Fjord Light', 8, 'VRS', 'Travel', 15.0, '2019-06-13', 224);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (116, '9781770412352', 'North of Bergen', 8, 'VRS', 'Travel', 13.99, '2022-07-07', 208);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (117, '9781035400112', 'Monsoon Ledger', 9, 'KST', 'Fiction', 12.99, '2023-11-16', 368);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (118, '9781035400129', 'Spice Routes for Beginners', 9, 'OWL', 'Cookery', 19.5, '2021-09-30', NULL);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (119, '9782070456789', 'The Paris Archive', 10, 'TID', 'History', 21.0, '2018-02-15', 496);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (120, '9782070456796', 'Murder at Montmartre', 10, 'HAR', 'Crime', 9.99, '2020-11-05', 310);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (121, '9781399600011', 'The Otter Who Couldn''t Swim', 11, 'FEN', 'Children', 6.99, '2021-05-06', 32);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (122, '9781399600028', 'Pip and the Lighthouse', 11, 'FEN', 'Children', 7.99, '2023-03-30', 40);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (123, '9781399600035', 'Stormy Night Stories', 12, 'KST', 'Children', 7.99, '2022-09-22', NULL);
INSERT INTO books (book_id, isbn, title, author_id, publisher_code, genre, list_price, published_on, page_count) VALUES (124, '9781399600042', 'Dragons of the Valley', 12, 'HAR', 'Children', 8.5, '2024-02-08', 64);

INSERT INTO branches (branch_id, branch_name, town, opened_on, manager_name, floor_area_sqm) VALUES (1, 'Abbey Green', 'Bath', '2009-05-16', 'Claire Hodgson', '185');
INSERT INTO branches (branch_id, branch_name, town, opened_on, manager_name, floor_area_sqm) VALUES (2, 'Harbourside', 'Bristol', '2012-09-01', 'Mark Ellis', '240');
INSERT INTO branches (branch_id, branch_name, town, opened_on, manager_name, floor_area_sqm) VALUES (3, 'Promenade', 'Cheltenham', '2015-03-21', 'Fiona Lake', '150');
INSERT INTO branches (branch_id, branch_name, town, opened_on, manager_name, floor_area_sqm) VALUES (4, 'Cathedral Yard', 'Exeter', '2017-11-04', 'Raj Patel', '132.5');
INSERT INTO branches (branch_id, branch_name, town, opened_on, manager_name, floor_area_sqm) VALUES (5, 'Clifton Village', 'Bristol', '2020-06-13', 'Hannah Wood', '98');
INSERT INTO branches (branch_id, branch_name, town, opened_on, manager_name, floor_area_sqm) VALUES (6, 'Market Place', 'Wells', '2023-04-01', NULL, '76');

INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (1, 101, 4, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (1, 102, 2, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (1, 109, 1, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (1, 110, 3, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (1, 112, 5, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (1, 117, 2, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (1, 121, 6, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (1, 122, 0, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (2, 101, 7, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (2, 103, 3, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (2, 104, 5, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (2, 107, 2, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (2, 108, 4, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (2, 113, 3, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (2, 120, 6, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (2, 124, 2, '2024-06-30');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (3, 105, 2, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (3, 106, 4, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (3, 111, 3, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (3, 118, 1, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (3, 119, 2, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (3, 121, 5, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (4, 105, 1, '2024-06-28');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (4, 112, 2, '2024-06-28');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (4, 114, 3, '2024-06-28');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (4, 116, 4, '2024-06-28');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (4, 119, 1, '2024-06-28');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (5, 108, 2, '2024-07-02');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (5, 115, 3, '2024-07-02');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (5, 116, 2, '2024-07-02');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (5, 121, 4, '2024-07-02');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (5, 123, 3, '2024-07-02');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (6, 101, 1, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (6, 102, 0, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (6, 123, 2, '2024-07-01');
INSERT INTO stock_levels (branch_id, book_id, qty_on_hand, last_counted) VALUES (6, 124, 5, '2024-07-01');

INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (1, 'Alice Penrose', 'alice.penrose@example.com', 'BS8 1QU', 'Gold', 1552554720);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (2, 'Benedict Shaw', 'ben.shaw@example.net', 'BS1 4DJ', 'Silver', 1593711910);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (3, 'Chloe Whitfield', 'chloe.w@example.com', 'BA1 2QH', 'Gold', 1542711807);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (4, 'Dev Sharma', 'dev.sharma@example.org', 'BS6 5AJ', 'Bronze', 1641651600);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (5, 'Eleanor Frost', 'eleanor.frost@example.com', 'GL50 1QA', 'Silver', 1622370705);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (6, 'Farid Rahimi', NULL, 'BA2 4AT', NULL, 1676130902);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (7, 'Grace Liddell', 'grace.liddell@example.co.uk', 'EX1 1HS', 'Bronze', 1663243699);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (8, 'Harry Quinn', 'hquinn@example.com', 'GL52 2NX', NULL, 1691167200);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (9, 'Isla Morgan', 'isla.morgan@example.com', 'BS8 3PH', 'Silver', 1639303053);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (10, 'James Ackroyd', 'j.ackroyd@example.net', 'BS6 7TU', 'Bronze', 1697721290);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (11, 'Kirsty Bell', 'kirsty.bell@example.com', 'EX4 3SR', 'Gold', 1582797600);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (12, 'Liam O''Connell', 'liam.oc@example.ie', 'BA1 5LN', 'Bronze', 1705947761);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (13, 'Megan Tully', NULL, 'BA5 2PD', NULL, 1711799225);
INSERT INTO customers (id, full_name, email, postcode, loyalty_tier, joined_at) VALUES (14, 'Nathan Cole', 'nathan.cole@example.com', 'BS3 1AB', 'Silver', 1654504512);

INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5001, 1, 3, '2023-11-18', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5002, 2, NULL, '2023-11-24', 'cash');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5003, 2, 1, '2023-12-02', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5004, 3, 5, '2023-12-07', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5005, 1, NULL, '2023-12-16', 'cash');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5006, 4, 7, '2023-12-21', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5007, 2, 2, '2023-12-23', 'gift card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5008, 5, 9, '2024-01-06', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5009, 1, 3, '2024-01-15', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5010, 3, NULL, '2024-01-20', 'cash');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5011, 2, 4, '2024-02-03', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5012, 4, NULL, '2024-02-14', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5013, 5, 10, '2024-02-24', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5014, 1, 6, '2024-03-01', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5015, 2, 1, '2024-03-09', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5016, 3, 8, '2024-03-17', 'gift card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5017, 6, NULL, '2024-03-23', 'cash');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5018, 4, 11, '2024-04-05', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5019, 1, 12, '2024-04-13', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5020, 2, NULL, '2024-04-23', 'cash');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5021, 5, 9, '2024-05-04', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5022, 3, 5, '2024-05-12', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5023, 6, 13, '2024-05-18', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5024, 2, 2, '2024-06-01', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5025, 1, 3, '2024-06-07', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5026, 4, 7, '2024-06-15', 'cash');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5027, 6, NULL, '2024-06-21', 'card');
INSERT INTO sales (sale_id, branch_id, customer_id, sale_date, payment_method) VALUES (5028, 2, 4, '2024-06-29', 'card');

INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5001, 1, 101, 1, 9.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5001, 2, 109, 1, 25.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5002, 1, 121, 2, 6.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5003, 1, 107, 1, 14.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5003, 2, 104, 1, 10.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5004, 1, 111, 1, 20.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5005, 1, 122, 1, 7.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5005, 2, 123, 1, 7.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5006, 1, 119, 1, 21.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5007, 1, 113, 1, 18.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5007, 2, 103, 2, 11.69);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5008, 1, 117, 1, 12.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5009, 1, 102, 1, 8.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5009, 2, 120, 1, 9.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5010, 1, 121, 1, 6.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5010, 2, 122, 2, 7.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5011, 1, 108, 1, 16.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5012, 1, 105, 2, 11.5);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5013, 1, 116, 1, 13.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5013, 2, 115, 1, 15.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5014, 1, 110, 1, 22.5);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5015, 1, 104, 1, 10.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5015, 2, 107, 1, 13.49);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5015, 3, 120, 1, 9.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5016, 1, 118, 1, 19.5);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5017, 1, 124, 2, 8.5);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5018, 1, 112, 1, 24.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5019, 1, 103, 1, 12.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5020, 1, 111, 1, 20.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5021, 1, 108, 1, 15.29);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5022, 1, 109, 1, 25.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5022, 2, 110, 1, 20.25);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5023, 1, 121, 2, 6.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5024, 1, 104, 2, 10.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5025, 1, 112, 1, 24.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5025, 2, 111, 1, 20.0);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5026, 1, 105, 1, 11.5);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5027, 1, 123, 1, 7.99);
INSERT INTO sale_lines (sale_id, line_no, book_id, quantity, unit_price) VALUES (5028, 1, 101, 1, 9.99);

