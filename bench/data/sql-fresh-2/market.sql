-- market: a small online marketplace (invented data).
-- Storage quirks: orders.placed_at is a Unix timestamp in seconds (UTC); orders.shipped_date /
-- delivered_date, products.listed_date and customers.signup_date are ISO TEXT dates;
-- sellers.joined_year and reviews.review_year are INTEGER years; reviews.review_month is the month
-- name as TEXT; products.price is a number kept as TEXT; is_verified, is_active and
-- verified_purchase are 0/1 booleans; order_items has a two-column key (order_id, product_id);
-- categories.parent_category_id, customers.referral_code, orders.shipped_date / delivered_date and
-- reviews.comment are nullable.

CREATE TABLE categories (
  category_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  parent_category_id INTEGER,
  FOREIGN KEY (parent_category_id) REFERENCES categories (category_id)
);

CREATE TABLE sellers (
  seller_id INTEGER PRIMARY KEY,
  shop_name TEXT NOT NULL,
  country TEXT NOT NULL,
  joined_year INTEGER NOT NULL,
  is_verified INTEGER NOT NULL
);

CREATE TABLE products (
  product_id INTEGER PRIMARY KEY,
  seller_id INTEGER NOT NULL,
  category_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  price TEXT NOT NULL,
  listed_date TEXT NOT NULL,
  is_active INTEGER NOT NULL,
  FOREIGN KEY (seller_id) REFERENCES sellers (seller_id),
  FOREIGN KEY (category_id) REFERENCES categories (category_id)
);

CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  city TEXT NOT NULL,
  signup_date TEXT NOT NULL,
  referral_code TEXT
);

CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  placed_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  shipped_date TEXT,
  delivered_date TEXT,
  shipping_fee REAL NOT NULL,
  FOREIGN KEY (customer_id) REFERENCES customers (customer_id)
);

CREATE TABLE order_items (
  order_id INTEGER NOT NULL,
  product_id INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price REAL NOT NULL,
  PRIMARY KEY (order_id, product_id),
  FOREIGN KEY (order_id) REFERENCES orders (order_id),
  FOREIGN KEY (product_id) REFERENCES products (product_id)
);

CREATE TABLE reviews (
  review_id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  rating INTEGER NOT NULL,
  review_month TEXT NOT NULL,
  review_year INTEGER NOT NULL,
  verified_purchase INTEGER NOT NULL,
  comment TEXT,
  FOREIGN KEY (product_id) REFERENCES products (product_id),
  FOREIGN KEY (customer_id) REFERENCES customers (customer_id)
);

INSERT INTO categories (category_id, name, parent_category_id) VALUES
  (1, 'Home & Kitchen', NULL),
  (2, 'Electronics', NULL),
  (3, 'Crafts', NULL),
  (4, 'Cookware', 1),
  (5, 'Audio', 2),
  (6, 'Phone Accessories', 2),
  (7, 'Yarn & Knitting', 3);

INSERT INTO sellers (seller_id, shop_name, country, joined_year, is_verified) VALUES
  (1, 'Copper Kettle Co', 'UK', 2016, 1),
  (2, 'Bright Circuit', 'USA', 2019, 1),
  (3, 'Nordic Loom', 'Sweden', 2021, 0),
  (4, 'Sound Harbor', 'USA', 2015, 1),
  (5, 'Maple & Thread', 'Canada', 2023, 0),
  (6, 'Kyoto Craftworks', 'Japan', 2019, 1);

INSERT INTO products
  (product_id, seller_id, category_id, title, price, listed_date, is_active) VALUES
  (1, 1, 4, 'Cast Iron Skillet 26cm', '39.90', '2021-03-14', 1),
  (2, 1, 4, 'Copper Saucepan', '84.50', '2022-09-01', 1),
  (3, 2, 6, 'USB-C Fast Charger', '19.99', '2023-01-20', 1),
  (4, 2, 6, 'Magnetic Phone Mount', '12.49', '2023-06-11', 0),
  (5, 4, 5, 'Wireless Earbuds', '59.00', '2020-11-05', 1),
  (6, 4, 5, 'Bookshelf Speaker Pair', '149.00', '2019-08-23', 1),
  (7, 3, 7, 'Merino Yarn Bundle', '27.75', '2021-10-02', 1),
  (8, 5, 7, 'Bamboo Knitting Needles', '9.50', '2023-02-28', 1),
  (9, 6, 1, 'Ceramic Tea Set', '64.00', '2020-04-17', 1),
  (10, 6, 4, 'Santoku Knife', '112.00', '2022-05-30', 1),
  (11, 3, 3, 'Linen Embroidery Kit', '18.25', '2024-01-09', 1),
  (12, 2, 5, 'Bluetooth Headphones', '89.99', '2022-12-12', 0);

INSERT INTO customers (customer_id, full_name, city, signup_date, referral_code) VALUES
  (1, 'Elena Petrova', 'Berlin', '2021-02-11', 'FRIEND10'),
  (2, 'Marcus Hill', 'Chicago', '2020-07-30', NULL),
  (3, 'Yuki Tanaka', 'Osaka', '2022-03-05', NULL),
  (4, 'Fatima Zahra', 'Lyon', '2021-11-19', 'SPRING5'),
  (5, 'Ben Carter', 'Chicago', '2023-01-08', NULL),
  (6, 'Chloe Martin', 'Lyon', '2022-08-24', 'FRIEND10'),
  (7, 'Diego Alvarez', 'Madrid', '2020-12-02', NULL),
  (8, 'Liam O''Connor', 'Dublin', '2021-06-27', 'SPRING5');

-- placed_at: Unix seconds, UTC (1698999300 = 2023-11-03 08:15 UTC)
INSERT INTO orders
  (order_id, customer_id, placed_at, status, shipped_date, delivered_date, shipping_fee) VALUES
  (1, 1, 1698999300, 'delivered', '2023-11-04', '2023-11-08', 4.99),
  (2, 2, 1700250000, 'delivered', '2023-11-18', '2023-11-21', 0.0),
  (3, 3, 1701396300, 'delivered', '2023-12-03', '2023-12-10', 7.5),
  (4, 4, 1702416600, 'cancelled', NULL, NULL, 4.99),
  (5, 1, 1704624300, 'delivered', '2024-01-08', '2024-01-11', 0.0),
  (6, 5, 1705704900, 'delivered', '2024-01-22', '2024-01-26', 4.99),
  (7, 6, 1707901500, 'delivered', '2024-02-15', '2024-02-17', 0.0),
  (8, 7, 1708933800, 'shipped', '2024-02-28', NULL, 4.99),
  (9, 8, 1709231700, 'delivered', '2024-03-01', '2024-03-06', 7.5),
  (10, 2, 1711108800, 'shipped', '2024-03-25', NULL, 4.99);

INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES
  (1, 1, 1, 39.9),
  (1, 9, 1, 64.0),
  (2, 3, 2, 19.99),
  (2, 5, 1, 59.0),
  (3, 10, 1, 112.0),
  (4, 6, 1, 149.0),
  (5, 7, 3, 27.75),
  (5, 8, 2, 9.5),
  (6, 2, 1, 79.0),
  (7, 12, 1, 89.99),
  (7, 3, 1, 19.99),
  (8, 11, 2, 18.25),
  (9, 5, 2, 55.0),
  (9, 1, 1, 39.9),
  (10, 9, 1, 64.0);

INSERT INTO reviews
  (review_id, product_id, customer_id, rating, review_month, review_year, verified_purchase, comment)
  VALUES
  (1, 1, 1, 5, 'November', 2023, 1, 'Heats evenly, heavy but worth it'),
  (2, 9, 1, 4, 'November', 2023, 1, NULL),
  (3, 3, 2, 3, 'December', 2023, 1, 'Gets warm while charging'),
  (4, 5, 2, 4, 'December', 2023, 1, 'Good battery life'),
  (5, 10, 3, 5, 'December', 2023, 1, 'Razor sharp'),
  (6, 6, 4, 2, 'January', 2024, 0, NULL),
  (7, 7, 1, 5, 'January', 2024, 1, 'Soft and vibrant'),
  (8, 2, 5, 4, 'February', 2024, 1, NULL),
  (9, 12, 6, 1, 'February', 2024, 1, 'Stopped pairing after a week'),
  (10, 5, 8, 3, 'March', 2024, 1, 'Fit is a bit loose'),
  (11, 1, 8, 4, 'March', 2024, 1, NULL),
  (12, 3, 6, 5, 'March', 2024, 1, 'Charges fast'),
  (13, 11, 7, 4, 'April', 2024, 1, 'Clear pattern, nice linen');
