PRAGMA foreign_keys = ON;

CREATE TABLE delivery_zones (
    zone_code TEXT PRIMARY KEY,
    zone_name TEXT NOT NULL,
    region TEXT NOT NULL,
    base_delivery_fee REAL NOT NULL,
    max_delivery_minutes INTEGER NOT NULL
);

CREATE TABLE restaurants (
    restaurant_id INTEGER PRIMARY KEY,
    restaurant_name TEXT NOT NULL,
    cuisine TEXT NOT NULL,
    zone_code TEXT NOT NULL REFERENCES delivery_zones(zone_code),
    opened_on TEXT NOT NULL,
    commission_rate REAL NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE couriers (
    courier_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    vehicle_type TEXT NOT NULL,
    home_zone_code TEXT NOT NULL REFERENCES delivery_zones(zone_code),
    hired_on TEXT NOT NULL,
    phone TEXT
);

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    zone_code TEXT NOT NULL REFERENCES delivery_zones(zone_code),
    signed_up_on TEXT NOT NULL,
    loyalty_tier TEXT NOT NULL
);

CREATE TABLE menu_items (
    item_id INTEGER PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(restaurant_id),
    item_name TEXT NOT NULL,
    category TEXT NOT NULL,
    price REAL NOT NULL,
    is_vegetarian INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    order_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    restaurant_id INTEGER NOT NULL REFERENCES restaurants(restaurant_id),
    courier_id INTEGER REFERENCES couriers(courier_id),
    placed_at TEXT NOT NULL,
    delivered_at TEXT,
    status TEXT NOT NULL,
    payment_method TEXT NOT NULL,
    delivery_fee REAL NOT NULL,
    tip_amount REAL NOT NULL DEFAULT 0
);

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders(order_id),
    item_id INTEGER NOT NULL REFERENCES menu_items(item_id),
    quantity INTEGER NOT NULL,
    unit_price REAL NOT NULL,
    PRIMARY KEY (order_id, item_id)
);

CREATE TABLE ratings (
    rating_id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL UNIQUE REFERENCES orders(order_id),
    food_stars INTEGER NOT NULL,
    courier_stars INTEGER NOT NULL,
    comment TEXT,
    rated_at TEXT NOT NULL
);


INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('DTN', 'Downtown', 'Central', 2.49, 35);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('OLD', 'Old Town', 'Central', 2.49, 35);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('STN', 'Station Quarter', 'Central', 1.99, 30);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('MKT', 'Market District', 'Central', 2.49, 35);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('UNI', 'University Quarter', 'North', 1.99, 40);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('HLL', 'Hillcrest', 'North', 3.49, 45);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('LKS', 'Lakeside', 'North', 3.99, 50);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('HBR', 'Harbourside', 'East', 2.99, 40);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('RVS', 'Riverside', 'East', 2.99, 40);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('DCK', 'Docklands', 'East', 3.49, 45);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('WPK', 'West Park', 'West', 3.49, 45);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('GDN', 'Garden Suburb', 'West', 2.99, 45);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('MDW', 'Meadowbank', 'West', 3.99, 50);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('SPR', 'Springfield', 'South', 3.49, 50);
INSERT INTO delivery_zones (zone_code, zone_name, region, base_delivery_fee, max_delivery_minutes) VALUES ('AIR', 'Airport Road', 'South', 4.49, 60);

INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (1, 'Bella Napoli', 'Italian', 'DTN', '2019-04-12', 0.25, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (2, 'Golden Dragon', 'Chinese', 'OLD', '2017-09-01', 0.22, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (3, 'Spice Route', 'Indian', 'MKT', '2020-02-20', 0.25, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (4, 'Taco Loco', 'Mexican', 'UNI', '2021-06-05', 0.20, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (5, 'Sakura Sushi', 'Japanese', 'HBR', '2018-11-15', 0.28, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (6, 'The Burger Yard', 'American', 'STN', '2022-01-10', 0.20, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (7, 'Green Bowl', 'Vegetarian', 'UNI', '2021-03-22', 0.18, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (8, 'Athena Grill', 'Greek', 'RVS', '2016-07-30', 0.22, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (9, 'Pho Saigon', 'Vietnamese', 'DCK', '2022-08-18', 0.20, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (10, 'Curry House', 'Indian', 'WPK', '2015-05-03', 0.25, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (11, 'Pizza Corner', 'Italian', 'GDN', '2020-10-09', 0.22, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (12, 'Seoul Kitchen', 'Korean', 'DTN', '2023-02-14', 0.25, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (13, 'El Asador', 'Mexican', 'SPR', '2019-12-01', 0.20, 0);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (14, 'Noodle Bar', 'Chinese', 'HLL', '2023-05-27', 0.18, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (15, 'Le Petit Bistro', 'French', 'OLD', '2018-03-08', 0.30, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (16, 'Smokehouse BBQ', 'American', 'MDW', '2021-09-14', 0.22, 0);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (17, 'Falafel Stop', 'Middle Eastern', 'MKT', '2022-04-01', 0.18, 1);
INSERT INTO restaurants (restaurant_id, restaurant_name, cuisine, zone_code, opened_on, commission_rate, is_active) VALUES (18, 'Bangkok Street', 'Thai', 'LKS', '2020-06-19', 0.24, 1);

INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (1, 'Liam', 'Walsh', 'bicycle', 'GDN', '2021-10-07', '+44 7700 919465');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (2, 'Sofia', 'Moreno', 'scooter', 'RVS', '2023-03-22', '+44 7700 969002');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (3, 'Noah', 'Becker', 'car', 'DCK', '2022-01-01', '+44 7700 962840');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (4, 'Amara', 'Okafor', 'e-bike', 'WPK', '2020-02-28', '+44 7700 976355');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (5, 'Ethan', 'Clarke', 'scooter', 'LKS', '2022-02-14', '+44 7700 948182');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (6, 'Mia', 'Novak', 'bicycle', 'HLL', '2021-06-01', '+44 7700 990937');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (7, 'Lucas', 'Ferreira', 'car', 'HBR', '2023-08-14', '+44 7700 923813');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (8, 'Zara', 'Hussain', 'scooter', 'HBR', '2022-06-29', '+44 7700 939119');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (9, 'Oliver', 'Grant', 'e-bike', 'GDN', '2021-11-02', '+44 7700 929089');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (10, 'Chloe', 'Dubois', 'bicycle', 'HBR', '2023-05-25', '+44 7700 928241');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (11, 'Ravi', 'Patel', 'scooter', 'GDN', '2020-03-26', '+44 7700 975300');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (12, 'Hannah', 'Kowalski', 'car', 'DCK', '2020-08-28', '+44 7700 987020');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (13, 'Diego', 'Santos', 'scooter', 'DTN', '2022-08-15', '+44 7700 944964');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (14, 'Emily', 'Foster', 'e-bike', 'OLD', '2022-02-07', '+44 7700 943808');
INSERT INTO couriers (courier_id, first_name, last_name, vehicle_type, home_zone_code, hired_on, phone) VALUES (15, 'Kofi', 'Mensah', 'bicycle', 'HBR', '2020-01-12', '+44 7700 959359');

INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (1, 'Alice', 'Turner', 'alice.turner@mailbox.com', 'LKS', '2022-09-28', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (2, 'Ben', 'Harris', 'ben.harris@mailbox.com', 'AIR', '2023-08-10', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (3, 'Carla', 'Jensen', 'carla.jensen@inbox.org', 'DTN', '2022-09-05', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (4, 'David', 'Kim', 'david.kim@mailbox.com', 'STN', '2022-09-28', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (5, 'Elena', 'Rossi', 'elena.rossi@mailbox.com', 'SPR', '2022-04-21', 'gold');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (6, 'Farid', 'Haddad', 'farid.haddad@mailbox.com', 'HBR', '2023-06-21', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (7, 'Grace', 'Liu', 'grace.liu@mailbox.com', 'RVS', '2023-10-31', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (8, 'Henry', 'Wright', 'henry.wright@inbox.org', 'UNI', '2023-06-08', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (9, 'Isla', 'Murphy', 'isla.murphy@webmail.net', 'HLL', '2022-06-25', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (10, 'Jamal', 'Brooks', 'jamal.brooks@mailbox.com', 'DTN', '2022-06-02', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (11, 'Katie', 'O''Brien', 'katie.obrien@inbox.org', 'MDW', '2023-10-07', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (12, 'Leo', 'Schmidt', 'leo.schmidt@mailbox.com', 'HBR', '2022-07-20', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (13, 'Maya', 'Singh', 'maya.singh@mailbox.com', 'AIR', '2023-06-30', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (14, 'Nathan', 'Cole', 'nathan.cole@inbox.org', 'STN', '2023-11-16', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (15, 'Olivia', 'Baker', 'olivia.baker@webmail.net', 'HLL', '2022-03-04', 'gold');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (16, 'Pablo', 'Garcia', 'pablo.garcia@mailbox.com', 'GDN', '2023-05-27', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (17, 'Quinn', 'Adams', 'quinn.adams@webmail.net', 'DCK', '2022-07-04', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (18, 'Rosa', 'Lopez', 'rosa.lopez@mailbox.com', 'HLL', '2022-06-19', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (19, 'Sam', 'Fletcher', 'sam.fletcher@mailbox.com', 'HLL', '2023-03-24', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (20, 'Tara', 'Nolan', 'tara.nolan@mailbox.com', 'DCK', '2022-03-02', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (21, 'Umar', 'Sheikh', 'umar.sheikh@inbox.org', 'DCK', '2022-07-21', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (22, 'Vera', 'Petrova', 'vera.petrova@inbox.org', 'WPK', '2022-08-09', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (23, 'Will', 'Carter', 'will.carter@webmail.net', 'GDN', '2022-04-11', 'gold');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (24, 'Xena', 'Marsh', 'xena.marsh@inbox.org', 'SPR', '2022-03-16', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (25, 'Yusuf', 'Demir', 'yusuf.demir@inbox.org', 'SPR', '2022-08-11', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (26, 'Zoe', 'Hill', 'zoe.hill@webmail.net', 'MDW', '2023-08-10', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (27, 'Adam', 'Price', 'adam.price@mailbox.com', 'SPR', '2023-07-08', 'standard');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (28, 'Bianca', 'Costa', 'bianca.costa@mailbox.com', 'HLL', '2022-04-18', 'silver');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (29, 'Connor', 'Reid', 'connor.reid@webmail.net', 'AIR', '2022-03-23', 'gold');
INSERT INTO customers (customer_id, first_name, last_name, email, zone_code, signed_up_on, loyalty_tier) VALUES (30, 'Daisy', 'Evans', 'daisy.evans@mailbox.com', 'DTN', '2023-02-11', 'standard');

INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (101, 1, 'Margherita Pizza', 'main', 11.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (102, 1, 'Spaghetti Carbonara', 'main', 13.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (103, 1, 'Tiramisu', 'dessert', 6.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (104, 2, 'Kung Pao Chicken', 'main', 12.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (105, 2, 'Vegetable Spring Rolls', 'side', 5.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (106, 2, 'Egg Fried Rice', 'side', 4.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (107, 3, 'Chicken Tikka Masala', 'main', 13.50, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (108, 3, 'Garlic Naan', 'side', 3.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (109, 3, 'Mango Lassi', 'drink', 4.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (110, 4, 'Beef Burrito', 'main', 10.50, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (111, 4, 'Nachos', 'side', 6.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (112, 4, 'Churros', 'dessert', 5.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (113, 5, 'Salmon Nigiri Set', 'main', 16.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (114, 5, 'Miso Soup', 'side', 3.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (115, 5, 'Edamame', 'side', 4.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (116, 6, 'Classic Cheeseburger', 'main', 11.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (117, 6, 'Sweet Potato Fries', 'side', 4.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (118, 6, 'Chocolate Milkshake', 'drink', 5.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (119, 7, 'Buddha Bowl', 'main', 10.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (120, 7, 'Falafel Wrap', 'main', 9.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (121, 7, 'Green Smoothie', 'drink', 4.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (122, 8, 'Lamb Souvlaki', 'main', 14.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (123, 8, 'Greek Salad', 'side', 7.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (124, 8, 'Baklava', 'dessert', 4.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (125, 9, 'Beef Pho', 'main', 12.50, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (126, 9, 'Summer Rolls', 'side', 5.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (127, 9, 'Iced Coffee', 'drink', 3.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (128, 10, 'Lamb Rogan Josh', 'main', 14.50, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (129, 10, 'Onion Bhaji', 'side', 4.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (130, 10, 'Pilau Rice', 'side', 3.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (131, 11, 'Pepperoni Pizza', 'main', 12.50, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (132, 11, 'Garlic Bread', 'side', 4.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (133, 12, 'Bibimbap', 'main', 13.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (134, 12, 'Korean Fried Chicken', 'main', 14.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (135, 12, 'Kimchi', 'side', 3.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (136, 13, 'Carne Asada', 'main', 15.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (137, 13, 'Guacamole', 'side', 5.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (138, 14, 'Dan Dan Noodles', 'main', 11.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (139, 14, 'Wonton Soup', 'side', 5.50, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (140, 15, 'Coq au Vin', 'main', 18.50, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (141, 15, 'Creme Brulee', 'dessert', 7.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (142, 15, 'French Onion Soup', 'side', 6.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (143, 16, 'Pulled Pork Sandwich', 'main', 12.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (144, 16, 'Coleslaw', 'side', 3.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (145, 17, 'Falafel Plate', 'main', 9.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (146, 17, 'Hummus', 'side', 4.00, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (147, 17, 'Mint Lemonade', 'drink', 3.50, 1);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (148, 18, 'Pad Thai', 'main', 12.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (149, 18, 'Green Curry', 'main', 13.00, 0);
INSERT INTO menu_items (item_id, restaurant_id, item_name, category, price, is_vegetarian) VALUES (150, 18, 'Thai Iced Tea', 'drink', 3.50, 1);

INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5001, 20, 18, 8, '2023-11-04 11:57:41', '2023-11-04 12:30:45', 'delivered', 'wallet', 3.49, 5.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5002, 16, 2, 10, '2023-11-09 20:37:04', '2023-11-09 21:20:20', 'delivered', 'wallet', 2.99, 1.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5003, 5, 18, 4, '2023-11-12 20:45:53', '2023-11-12 21:09:12', 'delivered', 'card', 3.49, 1.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5004, 24, 4, 14, '2023-11-17 18:44:49', '2023-11-17 19:05:18', 'delivered', 'wallet', 3.49, 1.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5005, 3, 5, 2, '2023-11-19 19:01:02', '2023-11-19 19:58:35', 'delivered', 'wallet', 2.49, 4.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5006, 10, 9, NULL, '2023-11-25 20:39:47', NULL, 'cancelled', 'wallet', 2.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5007, 24, 10, 11, '2023-11-27 19:21:41', '2023-11-27 20:02:59', 'delivered', 'cash', 3.49, 2.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5008, 3, 5, 4, '2023-12-03 11:49:20', '2023-12-03 12:35:53', 'delivered', 'cash', 2.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5009, 14, 2, 14, '2023-12-05 20:57:20', '2023-12-05 21:26:31', 'delivered', 'cash', 1.99, 1.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5010, 17, 8, 4, '2023-12-11 13:36:02', '2023-12-11 13:57:14', 'delivered', 'card', 3.49, 5.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5011, 16, 6, 15, '2023-12-16 19:34:25', '2023-12-16 20:09:25', 'delivered', 'card', 2.99, 2.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5012, 11, 2, 9, '2023-12-20 12:04:56', '2023-12-20 12:41:35', 'delivered', 'wallet', 3.99, 4.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5013, 16, 12, 2, '2023-12-22 20:26:13', '2023-12-22 21:17:48', 'delivered', 'cash', 2.99, 2.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5014, 2, 14, 6, '2023-12-27 11:51:46', NULL, 'cancelled', 'card', 4.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5015, 7, 7, 11, '2023-12-30 12:09:48', '2023-12-30 12:28:49', 'delivered', 'card', 2.99, 1.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5016, 14, 8, 9, '2024-01-03 11:52:29', '2024-01-03 12:43:20', 'delivered', 'cash', 1.99, 2.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5017, 30, 6, 7, '2024-01-08 12:20:30', '2024-01-08 13:15:16', 'delivered', 'card', 2.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5018, 8, 3, 14, '2024-01-13 20:38:57', '2024-01-13 21:06:16', 'delivered', 'wallet', 1.99, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5019, 13, 5, 13, '2024-01-16 19:54:04', '2024-01-16 20:40:29', 'delivered', 'cash', 4.49, 5.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5020, 7, 15, 5, '2024-01-20 19:12:07', '2024-01-20 20:12:07', 'delivered', 'wallet', 2.99, 4.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5021, 29, 1, NULL, '2024-01-26 18:01:26', NULL, 'cancelled', 'card', 4.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5022, 21, 17, 13, '2024-01-28 19:57:54', '2024-01-28 20:58:48', 'delivered', 'wallet', 3.49, 1.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5023, 3, 10, 4, '2024-02-03 18:48:10', '2024-02-03 19:13:55', 'delivered', 'card', 2.49, 5.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5024, 28, 14, 1, '2024-02-07 18:11:48', '2024-02-07 18:44:36', 'delivered', 'card', 3.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5025, 16, 14, 12, '2024-02-10 13:22:45', '2024-02-10 14:05:17', 'delivered', 'wallet', 2.99, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5026, 13, 6, 15, '2024-02-13 12:14:11', '2024-02-13 13:08:02', 'delivered', 'wallet', 4.49, 1.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5027, 7, 18, 10, '2024-02-19 13:41:11', '2024-02-19 14:38:33', 'delivered', 'card', 2.99, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5028, 12, 14, NULL, '2024-02-22 19:22:16', NULL, 'cancelled', 'wallet', 2.99, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5029, 24, 8, 13, '2024-02-26 18:24:56', '2024-02-26 19:21:11', 'delivered', 'wallet', 3.49, 4.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5030, 14, 11, 6, '2024-03-02 12:25:27', '2024-03-02 13:10:02', 'delivered', 'card', 1.99, 1.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5031, 22, 4, 1, '2024-03-05 11:52:02', '2024-03-05 12:38:41', 'delivered', 'card', 3.49, 4.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5032, 16, 2, 2, '2024-03-11 20:07:13', '2024-03-11 20:38:52', 'delivered', 'card', 2.99, 1.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5033, 4, 4, 4, '2024-03-14 18:12:12', '2024-03-14 18:46:13', 'delivered', 'cash', 1.99, 2.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5034, 27, 4, 10, '2024-03-17 21:18:43', '2024-03-17 22:01:54', 'delivered', 'wallet', 3.49, 3.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5035, 29, 10, 9, '2024-03-21 19:04:43', NULL, 'cancelled', 'wallet', 4.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5036, 7, 5, 3, '2024-03-25 19:40:37', '2024-03-25 20:13:59', 'delivered', 'card', 2.99, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5037, 25, 12, 11, '2024-03-29 19:12:54', '2024-03-29 19:36:55', 'delivered', 'card', 3.49, 2.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5038, 5, 11, 12, '2024-04-03 12:09:41', '2024-04-03 13:03:16', 'delivered', 'card', 3.49, 3.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5039, 15, 3, 4, '2024-04-07 11:13:42', '2024-04-07 12:15:37', 'delivered', 'card', 3.49, 1.50);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5040, 30, 14, 11, '2024-04-11 19:48:51', '2024-04-11 20:18:54', 'delivered', 'card', 2.49, 3.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5041, 26, 11, 5, '2024-04-15 19:58:40', '2024-04-15 21:01:35', 'delivered', 'wallet', 3.99, 5.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5042, 15, 8, NULL, '2024-04-20 19:36:16', NULL, 'cancelled', 'cash', 3.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5043, 17, 2, 11, '2024-04-24 19:04:26', '2024-04-24 19:30:05', 'delivered', 'card', 3.49, 4.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5044, 28, 1, 2, '2024-04-28 19:10:37', '2024-04-28 19:40:27', 'delivered', 'card', 3.49, 0.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5045, 26, 4, 1, '2024-05-02 12:49:10', '2024-05-02 13:19:20', 'delivered', 'card', 3.99, 2.00);
INSERT INTO orders (order_id, customer_id, restaurant_id, courier_id, placed_at, delivered_at, status, payment_method, delivery_fee, tip_amount) VALUES (5046, 5, 11, 9, '2024-05-07 19:11:46', '2024-05-07 19:52:42', 'delivered', 'wallet', 3.49, 3.00);

INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5001, 149, 3, 13.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5002, 106, 2, 4.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5003, 148, 1, 12.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5004, 111, 3, 6.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5005, 115, 3, 4.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5005, 114, 3, 3.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5006, 127, 3, 3.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5007, 128, 2, 14.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5008, 113, 1, 16.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5009, 106, 1, 4.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5009, 105, 1, 5.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5010, 123, 1, 7.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5010, 122, 1, 14.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5011, 116, 1, 11.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5012, 104, 3, 12.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5012, 106, 2, 4.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5013, 135, 1, 3.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5014, 139, 3, 5.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5015, 119, 1, 10.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5016, 124, 2, 4.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5017, 117, 2, 4.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5018, 108, 2, 3.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5018, 109, 2, 4.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5019, 113, 3, 16.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5019, 114, 1, 3.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5020, 142, 1, 6.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5020, 141, 1, 7.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5021, 102, 2, 13.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5021, 101, 1, 11.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5022, 146, 3, 4.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5023, 129, 2, 4.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5024, 139, 3, 5.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5025, 139, 2, 5.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5026, 118, 1, 5.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5026, 117, 3, 4.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5027, 150, 1, 3.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5028, 138, 2, 11.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5029, 123, 3, 7.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5029, 122, 1, 14.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5030, 132, 2, 4.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5030, 131, 2, 12.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5031, 110, 1, 10.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5031, 112, 2, 5.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5032, 104, 1, 12.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5032, 106, 2, 4.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5033, 112, 1, 5.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5034, 111, 3, 6.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5035, 128, 1, 14.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5035, 129, 1, 4.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5036, 114, 1, 3.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5037, 135, 1, 3.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5038, 132, 2, 4.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5039, 107, 3, 13.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5040, 138, 1, 11.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5041, 132, 1, 4.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5042, 123, 1, 7.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5043, 104, 2, 12.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5044, 102, 2, 13.00);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5045, 111, 2, 6.50);
INSERT INTO order_items (order_id, item_id, quantity, unit_price) VALUES (5046, 131, 1, 12.50);

INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (1, 5002, 2, 5, 'Excellent packaging', '2023-11-10 13:31:20');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (2, 5003, 5, 5, 'Great food, arrived hot', '2023-11-13 14:54:12');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (3, 5005, 4, 5, 'Food was cold', '2023-11-20 01:55:35');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (4, 5008, 5, 4, 'Food was cold', '2023-12-04 02:16:53');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (5, 5009, 4, 5, 'Missing a side dish', '2023-12-06 08:19:31');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (6, 5010, 2, 3, NULL, '2023-12-12 10:27:14');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (7, 5011, 4, 5, NULL, '2023-12-16 21:21:25');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (8, 5012, 4, 2, NULL, '2023-12-20 17:19:35');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (9, 5013, 4, 2, NULL, '2023-12-23 19:38:48');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (10, 5015, 3, 4, 'Perfect as always', '2023-12-31 17:17:49');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (11, 5016, 3, 4, 'Too salty', '2024-01-04 02:22:20');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (12, 5017, 3, 2, NULL, '2024-01-09 08:04:16');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (13, 5018, 4, 2, 'Too salty', '2024-01-14 12:21:16');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (14, 5020, 2, 5, 'Missing a side dish', '2024-01-21 17:09:07');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (15, 5023, 5, 3, 'Great food, arrived hot', '2024-02-04 02:08:55');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (16, 5024, 5, 5, NULL, '2024-02-07 21:36:36');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (17, 5025, 3, 2, 'Great food, arrived hot', '2024-02-11 13:15:17');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (18, 5026, 3, 4, NULL, '2024-02-14 03:42:02');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (19, 5027, 4, 3, NULL, '2024-02-20 01:26:33');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (20, 5030, 5, 2, 'Excellent packaging', '2024-03-03 02:57:02');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (21, 5031, 4, 3, 'Great food, arrived hot', '2024-03-06 13:33:41');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (22, 5032, 5, 4, 'Great food, arrived hot', '2024-03-12 18:38:52');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (23, 5033, 5, 2, NULL, '2024-03-15 16:42:13');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (24, 5034, 5, 4, NULL, '2024-03-18 12:58:54');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (25, 5036, 4, 5, 'Food was cold', '2024-03-26 01:24:59');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (26, 5040, 2, 2, NULL, '2024-04-12 02:35:54');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (27, 5041, 5, 4, 'Too salty', '2024-04-16 11:05:35');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (28, 5043, 3, 4, 'Excellent packaging', '2024-04-25 21:06:05');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (29, 5045, 4, 3, 'Food was cold', '2024-05-03 16:59:20');
INSERT INTO ratings (rating_id, order_id, food_stars, courier_stars, comment, rated_at) VALUES (30, 5046, 4, 4, 'Courier was very friendly', '2024-05-08 10:47:42');
