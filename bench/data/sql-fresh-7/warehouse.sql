-- Distribution warehouse: suppliers, SKUs, staff, purchase orders, inbound receipts, outbound shipments
CREATE TABLE suppliers (
  supplier_id INTEGER PRIMARY KEY,
  supplier_name TEXT NOT NULL,
  country TEXT NOT NULL,
  lead_time_days INTEGER,                  -- quoted lead time
  contact_email TEXT,
  on_time_rating REAL                      -- 0-5 score from the last audit, NULL if never audited
);
CREATE TABLE products (
  sku TEXT PRIMARY KEY,                    -- e.g. 'EL-2041'
  description TEXT NOT NULL,
  category TEXT NOT NULL,
  supplier_id INTEGER NOT NULL REFERENCES suppliers(supplier_id),
  unit_cost REAL NOT NULL,                 -- standard cost, USD
  unit_weight_kg TEXT,                     -- weight per unit in kg, stored as text
  reorder_point INTEGER,
  on_hand INTEGER NOT NULL,                -- units currently in stock
  discontinued INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,                      -- 'Picker', 'Receiver', 'Forklift Operator', 'Buyer', 'Shift Lead', 'Warehouse Manager'
  shift TEXT,                              -- 'day', 'night'
  hired TEXT,                              -- ISO date
  manager_id INTEGER REFERENCES employees(id)
);
CREATE TABLE purchase_orders (
  po_number TEXT PRIMARY KEY,              -- e.g. 'PO-24031'
  supplier_id INTEGER NOT NULL REFERENCES suppliers(supplier_id),
  ordered_on TEXT NOT NULL,                -- ISO date
  expected_on TEXT,                        -- ISO date promised by the supplier
  status TEXT NOT NULL,                    -- 'open', 'partially received', 'closed', 'cancelled'
  buyer_id INTEGER REFERENCES employees(id)
);
CREATE TABLE po_lines (
  id INTEGER PRIMARY KEY,
  po_number TEXT NOT NULL REFERENCES purchase_orders(po_number),
  sku TEXT NOT NULL REFERENCES products(sku),
  qty_ordered INTEGER NOT NULL,
  unit_price REAL NOT NULL                 -- USD, price agreed on this PO
);
CREATE TABLE receipts (
  receipt_id INTEGER PRIMARY KEY,
  po_line_id INTEGER NOT NULL REFERENCES po_lines(id),
  received_ts INTEGER NOT NULL,            -- Unix epoch seconds (UTC) when the goods were booked in
  qty_received INTEGER NOT NULL,
  qty_damaged INTEGER NOT NULL DEFAULT 0,
  received_by INTEGER REFERENCES employees(id),
  dock_door TEXT
);
CREATE TABLE shipments (
  shipment_id INTEGER PRIMARY KEY,
  customer_name TEXT NOT NULL,
  destination_city TEXT NOT NULL,
  carrier TEXT,
  ship_date TEXT NOT NULL,                 -- ISO date
  ship_weekday TEXT NOT NULL,              -- 'Mon' .. 'Sun'
  picked_by INTEGER REFERENCES employees(id),
  freight_cost REAL                        -- USD, NULL when the customer collected
);
CREATE TABLE shipment_lines (
  shipment_id INTEGER NOT NULL REFERENCES shipments(shipment_id),
  line_no INTEGER NOT NULL,
  sku TEXT NOT NULL REFERENCES products(sku),
  qty INTEGER NOT NULL,
  PRIMARY KEY (shipment_id, line_no)
);

INSERT INTO suppliers (supplier_id, supplier_name, country, lead_time_days, contact_email, on_time_rating) VALUES (1, 'Northwind Fasteners', 'United States', 12, 'orders@northwindfast.com', 4.3);
INSERT INTO suppliers (supplier_id, supplier_name, country, lead_time_days, contact_email, on_time_rating) VALUES (2, 'Hanseatic Tools GmbH', 'Germany', 28, 'vertrieb@hanseatic-tools.de', 4.7);
INSERT INTO suppliers (supplier_id, supplier_name, country, lead_time_days, contact_email, on_time_rating) VALUES (3, 'Pacific Rim Electrics', 'Taiwan', 35, 'sales@pacrim-elec.tw', 3.8);
INSERT INTO suppliers (supplier_id, supplier_name, country, lead_time_days, contact_email, on_time_rating) VALUES (4, 'Great Lakes Packaging', 'United States', 7, 'cs@glpack.com', 4.9);
INSERT INTO suppliers (supplier_id, supplier_name, country, lead_time_days, contact_email, on_time_rating) VALUES (5, 'Monterrey Safety Supply', 'Mexico', 15, NULL, 3.5);
INSERT INTO suppliers (supplier_id, supplier_name, country, lead_time_days, contact_email, on_time_rating) VALUES (6, 'Shenzhen Brightway Lighting', 'China', 42, 'export@brightway.cn', NULL);
INSERT INTO suppliers (supplier_id, supplier_name, country, lead_time_days, contact_email, on_time_rating) VALUES (7, 'Maple Leaf Abrasives', 'Canada', 10, 'info@mlabrasives.ca', 4.1);

INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('FS-1001', 'Hex bolt M8x40 zinc, box of 100', 'Fasteners', 1, 6.4, '1.9', 40, 220, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('FS-1002', 'Nylon lock nut M8, box of 200', 'Fasteners', 1, 4.15, '0.8', 40, 35, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('FS-1010', 'Wood screw 4x50 Torx, box of 250', 'Fasteners', 1, 7.9, '1.4', 30, 120, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('FS-1022', 'Drywall anchor kit, 50 pcs', 'Fasteners', 1, 5.25, '0.45', 25, 12, 1);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('HT-2040', 'Cordless drill 18V (tool only)', 'Hand & Power Tools', 2, 64.0, '1.6', 10, 18, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('HT-2041', 'Impact driver 18V (tool only)', 'Hand & Power Tools', 2, 72.5, '1.4', 10, 6, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('HT-2055', 'Socket set 1/2in, 24 pcs', 'Hand & Power Tools', 2, 38.75, '3.2', 8, 25, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('HT-2060', 'Torque wrench 20-100 Nm', 'Hand & Power Tools', 2, 49.9, '1.3', 5, 9, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('EL-3100', 'Extension cord 15m, 3x1.5mm2', 'Electrical', 3, 14.2, '2.1', 20, 64, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('EL-3105', 'Power strip 6-way with surge protection', 'Electrical', 3, 9.8, '0.7', 30, 15, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('EL-3120', 'Cable ties 300mm, pack of 500', 'Electrical', 3, 6.1, '0.6', 50, 310, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('PK-4001', 'Corrugated box 40x30x30, bundle of 25', 'Packaging', 4, 18.6, '7.5', 60, 140, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('PK-4002', 'Stretch film 500mm x 300m', 'Packaging', 4, 11.3, '2.4', 48, 52, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('PK-4010', 'Packing tape 48mm x 66m, case of 36', 'Packaging', 4, 42.0, '6.8', 12, 30, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('SF-5001', 'Nitrile gloves L, box of 100', 'Safety', 5, 7.45, '0.6', 80, 95, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('SF-5010', 'Safety glasses clear, 12 pack', 'Safety', 5, 16.8, '0.9', 20, 44, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('SF-5022', 'Hi-vis vest class 2, size XL', 'Safety', 5, 5.6, '0.25', 40, 0, 1);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('LT-6001', 'LED shop light 4ft 40W', 'Lighting', 6, 21.4, '2.3', 24, 38, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('LT-6012', 'LED bulb A19 9W, 4 pack', 'Lighting', 6, 6.95, '0.35', 60, 75, 0);
INSERT INTO products (sku, description, category, supplier_id, unit_cost, unit_weight_kg, reorder_point, on_hand, discontinued) VALUES ('AB-7003', 'Sanding disc 125mm P120, 50 pcs', 'Abrasives', 7, 12.1, '0.5', 30, 58, 0);

INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (1, 'Denise Carter', 'Warehouse Manager', 'day', '2014-02-03', NULL);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (2, 'Marcus Webb', 'Shift Lead', 'day', '2017-05-22', 1);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (3, 'Priya Natarajan', 'Shift Lead', 'night', '2018-10-01', 1);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (4, 'Tyler Brooks', 'Receiver', 'day', '2020-03-16', 2);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (5, 'Alejandra Ruiz', 'Receiver', 'night', '2021-07-12', 3);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (6, 'Kevin Osei', 'Picker', 'day', '2022-01-10', 2);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (7, 'Hannah Lindqvist', 'Picker', 'day', '2019-09-30', 2);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (8, 'Jamal Price', 'Picker', 'night', '2023-04-03', 3);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (9, 'Sara Kim', 'Forklift Operator', 'night', '2016-11-14', 3);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (10, 'Robert Nguyen', 'Buyer', 'day', '2015-06-08', 1);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (11, 'Olga Petrova', 'Buyer', 'day', '2022-09-19', 1);
INSERT INTO employees (id, name, role, shift, hired, manager_id) VALUES (12, 'Luis Romero', 'Picker', 'night', '2024-01-22', 3);

INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24001', 2, '2024-01-07', '2024-02-04', 'closed', 11);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24004', 3, '2024-01-07', '2024-02-11', 'closed', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24007', 4, '2024-01-24', '2024-01-31', 'closed', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24010', 1, '2024-02-06', '2024-02-18', 'closed', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24013', 5, '2024-02-13', '2024-02-28', 'closed', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24016', 6, '2024-02-15', '2024-03-28', 'cancelled', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24019', 4, '2024-03-05', '2024-03-12', 'closed', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24022', 2, '2024-03-09', '2024-04-06', 'closed', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24025', 7, '2024-03-25', '2024-04-04', 'partially received', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24028', 1, '2024-04-06', '2024-04-18', 'closed', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24031', 4, '2024-04-07', '2024-04-14', 'closed', 11);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24034', 3, '2024-04-13', '2024-05-18', 'partially received', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24037', 2, '2024-05-05', '2024-06-02', 'open', 10);
INSERT INTO purchase_orders (po_number, supplier_id, ordered_on, expected_on, status, buyer_id) VALUES ('PO-24040', 6, '2024-05-15', '2024-06-26', 'open', 11);

INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (1, 'PO-24001', 'HT-2055', 200, 36.81);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (2, 'PO-24001', 'HT-2060', 48, 49.9);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (3, 'PO-24001', 'HT-2040', 60, 64.0);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (4, 'PO-24004', 'EL-3100', 200, 14.2);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (5, 'PO-24004', 'EL-3120', 48, 6.1);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (6, 'PO-24004', 'EL-3105', 50, 10.09);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (7, 'PO-24007', 'PK-4001', 200, 18.6);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (8, 'PO-24010', 'FS-1001', 120, 6.08);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (9, 'PO-24013', 'SF-5010', 48, 17.3);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (10, 'PO-24016', 'LT-6001', 36, 21.4);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (11, 'PO-24019', 'PK-4001', 60, 18.6);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (12, 'PO-24019', 'PK-4010', 120, 42.0);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (13, 'PO-24022', 'HT-2040', 60, 64.0);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (14, 'PO-24022', 'HT-2060', 100, 49.9);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (15, 'PO-24025', 'AB-7003', 36, 11.49);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (16, 'PO-24028', 'FS-1010', 24, 7.5);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (17, 'PO-24031', 'PK-4002', 200, 10.73);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (18, 'PO-24031', 'PK-4010', 36, 43.26);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (19, 'PO-24031', 'PK-4001', 60, 20.09);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (20, 'PO-24034', 'EL-3100', 36, 14.2);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (21, 'PO-24037', 'HT-2040', 36, 65.92);
INSERT INTO po_lines (id, po_number, sku, qty_ordered, unit_price) VALUES (22, 'PO-24040', 'LT-6012', 24, 7.16);

INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9001, 7, 1706954105, 200, 0, 9, 'D1');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9002, 2, 1707545307, 48, 0, 9, 'D1');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9003, 6, 1707744752, 50, 0, 4, 'D2');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9004, 3, 1707780298, 60, 5, 5, 'D2');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9005, 1, 1707953857, 200, 0, 5, 'D3');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9006, 5, 1707982274, 24, 0, 4, 'D3');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9007, 5, 1708161192, 24, 0, 4, 'D1');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9008, 4, 1708250282, 100, 0, 9, 'D1');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9009, 8, 1708410601, 120, 4, 9, 'D1');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9010, 4, 1708440799, 100, 0, 4, 'D3');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9011, 9, 1709191918, 24, 4, 4, 'D1');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9012, 9, 1709413419, 24, 0, 5, 'D2');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9013, 12, 1710916561, 120, 0, 4, 'D3');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9014, 11, 1711143625, 60, 0, 9, 'D4');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9015, 13, 1712569071, 60, 1, 4, 'D3');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9016, 14, 1712583565, 100, 0, 4, 'D4');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9017, 15, 1712845042, 24, 0, 4, 'D2');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9018, 16, 1713164852, 24, 0, 4, 'D2');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9019, 17, 1713950993, 200, 0, 4, 'D3');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9020, 18, 1714054404, 36, 0, 4, 'D1');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9021, 19, 1714089451, 60, 0, 5, 'D4');
INSERT INTO receipts (receipt_id, po_line_id, received_ts, qty_received, qty_damaged, received_by, dock_door) VALUES (9022, 20, 1716303204, 24, 0, 4, 'D2');

INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50101, 'Lakeshore Marine Supply', 'Cleveland', 'Old Dominion', '2024-03-02', 'Sat', 12, 174.47);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50102, 'Oak & Iron Contractors', 'Indianapolis', 'UPS Freight', '2024-03-09', 'Sat', 7, 238.32);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50103, 'Keystone Builders Co-op', 'Pittsburgh', NULL, '2024-03-11', 'Mon', 7, NULL);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50104, 'Lakeshore Marine Supply', 'Cleveland', 'UPS Freight', '2024-04-06', 'Sat', 12, 197.45);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50105, 'Riverbend Home Center', 'Louisville', 'Old Dominion', '2024-04-09', 'Tue', 12, 140.61);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50106, 'Summit Facility Services', 'Cincinnati', NULL, '2024-04-10', 'Wed', 12, NULL);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50107, 'Riverbend Home Center', 'Louisville', NULL, '2024-04-13', 'Sat', 7, NULL);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50108, 'Oak & Iron Contractors', 'Indianapolis', 'Old Dominion', '2024-04-15', 'Mon', 6, 231.62);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50109, 'Brightside Hardware', 'Columbus', NULL, '2024-04-20', 'Sat', 6, NULL);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50110, 'Keystone Builders Co-op', 'Pittsburgh', 'UPS Freight', '2024-04-24', 'Wed', 7, 69.22);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50111, 'Brightside Hardware', 'Columbus', 'UPS Freight', '2024-04-29', 'Mon', 7, 233.02);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50112, 'Lakeshore Marine Supply', 'Cleveland', 'Estes', '2024-05-04', 'Sat', 7, 86.97);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50113, 'Summit Facility Services', 'Cincinnati', 'UPS Freight', '2024-05-10', 'Fri', 8, 259.06);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50114, 'Brightside Hardware', 'Columbus', 'UPS Freight', '2024-05-13', 'Mon', 6, 76.5);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50115, 'Summit Facility Services', 'Cincinnati', 'UPS Freight', '2024-05-13', 'Mon', 6, 127.43);
INSERT INTO shipments (shipment_id, customer_name, destination_city, carrier, ship_date, ship_weekday, picked_by, freight_cost) VALUES (50116, 'Oak & Iron Contractors', 'Indianapolis', 'Old Dominion', '2024-05-13', 'Mon', 6, 108.62);

INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50101, 1, 'SF-5001', 20);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50102, 1, 'SF-5001', 5);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50103, 1, 'EL-3100', 2);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50103, 2, 'PK-4002', 6);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50103, 3, 'PK-4001', 5);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50103, 4, 'SF-5001', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50104, 1, 'FS-1001', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50104, 2, 'FS-1022', 5);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50105, 1, 'HT-2041', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50105, 2, 'FS-1022', 6);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50106, 1, 'PK-4010', 6);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50107, 1, 'PK-4010', 6);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50107, 2, 'LT-6012', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50108, 1, 'AB-7003', 6);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50108, 2, 'PK-4001', 5);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50108, 3, 'SF-5010', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50108, 4, 'SF-5001', 20);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50109, 1, 'FS-1002', 5);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50109, 2, 'EL-3100', 10);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50110, 1, 'LT-6001', 24);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50110, 2, 'FS-1002', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50110, 3, 'HT-2055', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50110, 4, 'FS-1010', 10);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50111, 1, 'AB-7003', 5);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50111, 2, 'HT-2040', 5);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50111, 3, 'HT-2055', 6);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50112, 1, 'HT-2060', 20);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50112, 2, 'HT-2040', 5);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50112, 3, 'PK-4002', 6);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50112, 4, 'AB-7003', 4);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50113, 1, 'PK-4002', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50113, 2, 'HT-2041', 12);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50113, 3, 'PK-4010', 24);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50114, 1, 'FS-1001', 4);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50114, 2, 'AB-7003', 2);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50114, 3, 'SF-5010', 6);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50115, 1, 'PK-4010', 20);
INSERT INTO shipment_lines (shipment_id, line_no, sku, qty) VALUES (50115, 2, 'EL-3120', 10);
