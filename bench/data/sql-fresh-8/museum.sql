-- Harbourside Museum of Art: collection, display, exhibitions, loans, visitors.
-- Timestamps in tickets.sold_at are Unix epoch seconds (UTC).
PRAGMA foreign_keys = ON;

CREATE TABLE artists (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  nationality TEXT,
  birth_year INTEGER,
  death_year INTEGER
);

CREATE TABLE galleries (
  gallery_code TEXT PRIMARY KEY,
  gallery_name TEXT NOT NULL,
  floor INTEGER NOT NULL,
  wing TEXT NOT NULL,
  visitor_capacity INTEGER
);

CREATE TABLE artworks (
  artwork_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  artist_id INTEGER NOT NULL REFERENCES artists(id),
  year_created INTEGER,
  medium TEXT,
  gallery_code TEXT REFERENCES galleries(gallery_code),  -- NULL = in storage
  collection TEXT NOT NULL,                               -- 'Permanent' or 'Loan'
  insured_value TEXT,                                     -- US dollars, stored as text
  acquisition_date TEXT                                   -- ISO date; NULL for loans
);

CREATE TABLE exhibitions (
  exhibition_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  gallery_code TEXT NOT NULL REFERENCES galleries(gallery_code),
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  curator TEXT
);

CREATE TABLE exhibition_items (
  exhibition_id INTEGER NOT NULL REFERENCES exhibitions(exhibition_id),
  artwork_id INTEGER NOT NULL REFERENCES artworks(artwork_id),
  PRIMARY KEY (exhibition_id, artwork_id)
);

CREATE TABLE loans (
  loan_id INTEGER PRIMARY KEY,
  artwork_id INTEGER NOT NULL REFERENCES artworks(artwork_id),
  lender TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  fee_usd REAL
);

CREATE TABLE members (
  member_no TEXT PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  tier TEXT NOT NULL,          -- 'Individual', 'Family', 'Patron'
  joined_on TEXT NOT NULL,
  home_city TEXT
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  sold_at INTEGER NOT NULL,
  visit_day TEXT NOT NULL,     -- weekday name of sold_at
  ticket_type TEXT NOT NULL,   -- 'Adult', 'Concession', 'Child', 'Member'
  price REAL NOT NULL,
  member_no TEXT REFERENCES members(member_no),
  exhibition_id INTEGER REFERENCES exhibitions(exhibition_id)  -- NULL = general admission only
);

INSERT INTO artists (id, full_name, nationality, birth_year, death_year) VALUES
  (1, 'Clara Vennholt', 'Dutch', 1841, 1912),
  (2, 'Tomasz Wierzba', 'Polish', 1903, 1978),
  (3, 'Aiko Nakamura-Reyes', 'Japanese', 1958, NULL),
  (4, 'Henri Laubert', 'French', 1832, 1899),
  (5, 'Olusegun Adebayo', 'Nigerian', 1947, 2015),
  (6, 'Margit Solberg', 'Norwegian', 1966, NULL),
  (7, 'Diego Ferrán', 'Spanish', 1879, 1944),
  (8, 'Ruth Oyelaran-Baker', 'British', 1971, NULL),
  (9, 'Ilse Brandauer', 'Austrian', 1888, 1961),
  (10, 'Samuel Achterberg', 'American', 1925, 1990),
  (11, 'Lucía Montalvo', 'Mexican', 1980, NULL),
  (12, 'Hans Ebner', NULL, 1462, 1521);

INSERT INTO galleries (gallery_code, gallery_name, floor, wing, visitor_capacity) VALUES
  ('N101', 'Northlight Room', 1, 'North', 60),
  ('N102', 'Harbour Gallery', 1, 'North', 45),
  ('S201', 'Sculpture Court', 2, 'South', 120),
  ('S202', 'Print and Paper Room', 2, 'South', 25),
  ('W301', 'Modern Gallery A', 3, 'West', 80),
  ('W302', 'Modern Gallery B', 3, 'West', 80),
  ('ATR', 'Atrium', 0, 'Central', NULL);

INSERT INTO artworks (artwork_id, title, artist_id, year_created, medium, gallery_code, collection, insured_value, acquisition_date) VALUES
  (1, 'Morning at the Dyke', 1, 1874, 'Oil on canvas', 'N101', 'Permanent', '850000', '1962-05-14'),
  (2, 'Skaters on the Amstel', 1, 1881, 'Oil on canvas', 'N101', 'Permanent', '1200000', '1962-05-14'),
  (3, 'Portrait of Anna V.', 1, 1890, 'Oil on canvas', 'N102', 'Permanent', '640000', '1978-11-02'),
  (4, 'Factory Chorus', 2, 1934, 'Oil on board', 'W301', 'Permanent', '310000', '1985-03-21'),
  (5, 'Red Tram, Lodz', 2, 1951, 'Gouache on paper', 'S202', 'Permanent', '95000', '1999-07-08'),
  (6, 'Tide Table', 3, 1994, 'Mixed media', 'W302', 'Permanent', '220000', '2003-09-30'),
  (7, 'Paper Lanterns No. 4', 3, 2008, 'Ink on paper', 'S202', 'Permanent', '48000', '2010-01-15'),
  (8, 'Silent Orchard', 3, 2019, 'Acrylic on canvas', 'W302', 'Permanent', '130000', '2021-06-11'),
  (9, 'The Ferryman', 4, 1868, 'Oil on canvas', 'N102', 'Permanent', '980000', '1955-02-28'),
  (10, 'Study of Hands', 4, 1872, 'Charcoal on paper', 'S202', 'Permanent', '42000', '1955-02-28'),
  (11, 'Market Women', 5, 1976, 'Bronze', 'S201', 'Permanent', '410000', '1992-10-19'),
  (12, 'Crown of Iron', 5, 1988, 'Bronze', 'ATR', 'Permanent', '560000', '2001-04-03'),
  (13, 'Fjord Signal', 6, 2004, 'Steel and glass', 'ATR', 'Permanent', '275000', '2012-08-22'),
  (14, 'Northern Index', 6, 2017, 'Installation', 'W301', 'Permanent', '180000', '2018-12-05'),
  (15, 'Bullfight Sketches', 7, 1912, 'Pencil on paper', 'S202', 'Permanent', '36000', '1969-06-17'),
  (16, 'Harbour at Noon', 7, 1925, 'Oil on canvas', 'N102', 'Permanent', '720000', '1969-06-17'),
  (17, 'Threshold', 8, 2011, 'Video installation', 'W302', 'Permanent', '90000', '2015-03-09'),
  (18, 'Salt Marsh Diptych', 8, 2020, 'Oil on linen', 'W301', 'Permanent', '155000', '2022-11-28'),
  (19, 'Vienna Rooftops', 9, 1929, 'Oil on canvas', 'N101', 'Permanent', '530000', '1981-05-26'),
  (20, 'Woman with Fan', 9, 1936, 'Oil on canvas', NULL, 'Permanent', '470000', '1981-05-26'),
  (21, 'Grid Elegy', 10, 1962, 'Acrylic on canvas', 'W301', 'Permanent', '890000', '1994-02-14'),
  (22, 'Blue Interval', 10, 1971, 'Acrylic on canvas', NULL, 'Permanent', '615000', '1994-02-14'),
  (23, 'Cenote', 11, 2016, 'Ceramic', 'S201', 'Permanent', '67000', '2019-09-04'),
  (24, 'Ofrenda Table', 11, 2021, 'Mixed media', 'W302', 'Permanent', '88000', '2023-01-20'),
  (25, 'Linden Altar Wing', 12, NULL, 'Tempera on wood', 'N101', 'Permanent', '300000', '1958-10-10'),
  (26, 'Kneeling Donor', 12, NULL, 'Limewood', 'S201', 'Permanent', '150000', '1947-03-02'),
  (27, 'Dune Study', 6, 2009, 'Oil on canvas', 'W302', 'Loan', '210000', NULL),
  (28, 'The Weir at Dusk', 1, 1885, 'Oil on canvas', 'N101', 'Loan', '1350000', NULL),
  (29, 'Shipyard Night', 2, 1938, 'Oil on canvas', 'W301', 'Loan', '400000', NULL),
  (30, 'Mask Series III', 5, 1982, 'Wood and pigment', 'S201', 'Loan', '260000', NULL),
  (31, 'Counterweight', 10, 1968, 'Steel', 'ATR', 'Loan', '730000', NULL),
  (32, 'Portrait of a Dancer', 9, 1932, 'Oil on canvas', NULL, 'Loan', '380000', NULL);

INSERT INTO exhibitions (exhibition_id, title, gallery_code, opens_on, closes_on, curator) VALUES
  (1, 'Light on the Low Countries', 'N101', '2023-03-10', '2023-07-30', 'Hanna Voss'),
  (2, 'Bronze and Memory', 'S201', '2023-09-15', '2024-01-14', 'Kwame Asante'),
  (3, 'Paper Worlds', 'S202', '2023-11-01', '2024-02-25', 'Hanna Voss'),
  (4, 'After Abstraction', 'W301', '2024-02-09', '2024-06-16', 'Julien Marchetti'),
  (5, 'Northern Edges', 'W302', '2024-04-05', '2024-09-01', 'Kwame Asante'),
  (6, 'Recent Acquisitions', 'ATR', '2024-10-04', '2025-01-12', 'Priya Raman'),
  (7, 'Harbours', 'N102', '2024-06-21', '2024-10-27', 'Julien Marchetti');

INSERT INTO exhibition_items (exhibition_id, artwork_id) VALUES
  (1, 1),
  (1, 2),
  (1, 3),
  (1, 9),
  (1, 19),
  (1, 28),
  (2, 11),
  (2, 12),
  (2, 26),
  (2, 30),
  (2, 23),
  (3, 5),
  (3, 7),
  (3, 10),
  (3, 15),
  (4, 4),
  (4, 21),
  (4, 22),
  (4, 29),
  (4, 31),
  (4, 14),
  (5, 6),
  (5, 13),
  (5, 14),
  (5, 27),
  (5, 18),
  (5, 8),
  (6, 18),
  (6, 24),
  (6, 8),
  (7, 16),
  (7, 9),
  (7, 1),
  (7, 29);

INSERT INTO loans (loan_id, artwork_id, lender, start_date, end_date, fee_usd) VALUES
  (1, 27, 'Kunsthal Bergen', '2023-02-01', '2024-01-31', 12000.0),
  (2, 28, 'Hallstrom Foundation', '2023-01-15', '2025-01-14', 45000.0),
  (3, 29, 'Muzeum Sztuki Gdynia', '2024-01-15', '2024-12-31', 18500.0),
  (4, 30, 'Lagos Centre for Contemporary Art', '2023-08-01', '2024-07-31', NULL),
  (5, 31, 'Fairmont Collection', '2024-01-20', NULL, 30000.0),
  (6, 32, 'Stadtische Galerie Linz', '2022-09-01', '2023-08-31', 9000.0),
  (7, 27, 'Kunsthal Bergen', '2024-03-15', '2024-11-30', 8000.0);

INSERT INTO members (member_no, first_name, last_name, tier, joined_on, home_city) VALUES
  ('M-1001', 'Eleanor', 'Whitcombe', 'Patron', '2016-04-12', 'Portsmouth'),
  ('M-1002', 'Rafael', 'Quintero', 'Family', '2019-09-03', 'Southampton'),
  ('M-1003', 'Grace', 'Liu', 'Individual', '2021-01-27', 'Portsmouth'),
  ('M-1004', 'Tobias', 'Hartley', 'Individual', '2022-07-19', 'Winchester'),
  ('M-1005', 'Nadia', 'Karim', 'Family', '2020-03-08', 'Southampton'),
  ('M-1006', 'Owen', 'Pritchard', 'Patron', '2018-11-30', 'Winchester'),
  ('M-1007', 'Sofia', 'Marinelli', 'Individual', '2023-02-14', 'Portsmouth'),
  ('M-1008', 'Isaac', 'Mensah', 'Family', '2023-05-21', 'Chichester'),
  ('M-1009', 'Harriet', 'Doyle', 'Individual', '2024-01-09', 'Southampton'),
  ('M-1010', 'Benedikt', 'Kohl', 'Individual', '2024-03-02', 'Portsmouth'),
  ('M-1011', 'Amara', 'Osei', 'Patron', '2021-10-17', 'Chichester'),
  ('M-1012', 'Freya', 'Lindqvist', 'Family', '2024-06-28', NULL);

INSERT INTO tickets (id, sold_at, visit_day, ticket_type, price, member_no, exhibition_id) VALUES
  (1, 1678529700, 'Saturday', 'Adult', 24.0, NULL, 1),
  (2, 1678534800, 'Saturday', 'Member', 5.0, 'M-1001', 1),
  (3, 1680444300, 'Sunday', 'Concession', 16.0, NULL, 1),
  (4, 1684589400, 'Saturday', 'Child', 8.0, NULL, 1),
  (5, 1687016700, 'Saturday', 'Adult', 18.0, NULL, NULL),
  (6, 1688810700, 'Saturday', 'Member', 0.0, 'M-1002', NULL),
  (7, 1694866800, 'Saturday', 'Adult', 24.0, NULL, 2),
  (8, 1694866860, 'Saturday', 'Adult', 24.0, NULL, 2),
  (9, 1696176600, 'Sunday', 'Member', 5.0, 'M-1006', 2),
  (10, 1699095600, 'Saturday', 'Concession', 16.0, NULL, 3),
  (11, 1700922600, 'Saturday', 'Member', 5.0, 'M-1003', 3),
  (12, 1703673900, 'Wednesday', 'Child', 8.0, NULL, 2),
  (13, 1704546900, 'Saturday', 'Adult', 18.0, NULL, NULL),
  (14, 1707561000, 'Saturday', 'Member', 5.0, 'M-1001', 4),
  (15, 1708182000, 'Saturday', 'Adult', 24.0, NULL, 4),
  (16, 1709466600, 'Sunday', 'Concession', 12.0, NULL, NULL),
  (17, 1710600000, 'Saturday', 'Member', 5.0, 'M-1005', 4),
  (18, 1712398800, 'Saturday', 'Adult', 24.0, NULL, 5),
  (19, 1712398920, 'Saturday', 'Child', 8.0, NULL, 5),
  (20, 1713026100, 'Saturday', 'Member', 0.0, 'M-1004', NULL),
  (21, 1714824600, 'Saturday', 'Member', 5.0, 'M-1007', 5),
  (22, 1716040500, 'Saturday', 'Concession', 16.0, NULL, 4),
  (23, 1719054300, 'Saturday', 'Adult', 24.0, NULL, 7),
  (24, 1719674700, 'Saturday', 'Member', 5.0, 'M-1011', 7),
  (25, 1720953600, 'Sunday', 'Adult', 18.0, NULL, NULL),
  (26, 1721478600, 'Saturday', 'Member', 5.0, 'M-1001', 5),
  (27, 1722694500, 'Saturday', 'Child', 8.0, NULL, 7),
  (28, 1723894500, 'Saturday', 'Member', 5.0, 'M-1008', 7),
  (29, 1725714300, 'Saturday', 'Concession', 16.0, NULL, 7),
  (30, 1728123000, 'Saturday', 'Member', 5.0, 'M-1006', 6),
  (31, 1728748200, 'Saturday', 'Adult', 24.0, NULL, 6),
  (32, 1730551500, 'Saturday', 'Member', 0.0, 'M-1010', NULL),
  (33, 1732371600, 'Saturday', 'Adult', 24.0, NULL, 6),
  (34, 1733570100, 'Saturday', 'Member', 5.0, 'M-1012', 6),
  (35, 1735401600, 'Saturday', 'Concession', 12.0, NULL, NULL),
  (36, 1691839500, 'Saturday', 'Member', 0.0, 'M-1001', NULL);
