-- library: a small lending library (authors, books, members, loans, reading events)
CREATE TABLE authors (
    author_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    birth_year INTEGER
);

CREATE TABLE books (
    book_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    genre TEXT,
    published_year INTEGER,
    page_count TEXT,
    copies INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE books_authors (
    book_id INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    PRIMARY KEY (book_id, author_id),
    FOREIGN KEY (book_id) REFERENCES books (book_id),
    FOREIGN KEY (author_id) REFERENCES authors (author_id)
);

CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    city TEXT,
    joined_on TEXT,
    membership_type TEXT,
    is_active BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE loans (
    loan_id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    loaned_at INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    returned_on TEXT,
    FOREIGN KEY (book_id) REFERENCES books (book_id),
    FOREIGN KEY (member_id) REFERENCES members (member_id)
);

CREATE TABLE reading_events (
    event_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author_id INTEGER NOT NULL,
    weekday TEXT,
    month TEXT,
    year INTEGER,
    attendees INTEGER,
    FOREIGN KEY (author_id) REFERENCES authors (author_id)
);

INSERT INTO authors (author_id, name, country, birth_year) VALUES
(1, 'Helena Marsh', 'United Kingdom', 1961),
(2, 'Tomas Ortega', 'Spain', 1975),
(3, 'Priya Raman', 'India', 1982),
(4, 'Jonas Lindqvist', 'Sweden', 1958),
(5, 'Amara Okafor', 'Nigeria', 1979),
(6, 'Daniel Whitfield', 'United States', 1968),
(7, 'Keiko Tanabe', 'Japan', 1985),
(8, 'Lucia Ferrante', 'Italy', 1971);

INSERT INTO books (book_id, title, genre, published_year, page_count, copies) VALUES
(1, 'The Salt Road', 'Fiction', 2015, '342', 3),
(2, 'Northern Light', 'Fiction', 2019, '288', 2),
(3, 'A Short History of Tides', 'Non-fiction', 2011, '415', 1),
(4, 'Quiet Engines', 'Science Fiction', 2021, '512', 4),
(5, 'The Glass Orchard', 'Fiction', 2008, '198', 2),
(6, 'Counting Rivers', 'Non-fiction', 2017, '276', 1),
(7, 'Midnight at Kestrel Bay', 'Mystery', 2020, '364', 3),
(8, 'The Lantern Case', 'Mystery', 2013, '301', 2),
(9, 'Paper Cities', 'Science Fiction', 2016, '455', 2),
(10, 'Letters from Lagos', 'Non-fiction', 2022, '232', 1),
(11, 'Winter Orchard', 'Poetry', 2018, '96', 1),
(12, 'The Ninth Key', 'Mystery', 2023, '1040', 3);

INSERT INTO books_authors (book_id, author_id) VALUES
(1, 1),
(2, 4),
(3, 6),
(4, 7),
(4, 3),
(5, 8),
(6, 6),
(6, 5),
(7, 1),
(8, 2),
(9, 7),
(10, 5),
(11, 4),
(12, 2),
(12, 1);

INSERT INTO members (member_id, full_name, city, joined_on, membership_type, is_active) VALUES
(1, 'Alice Moreno', 'Springfield', '2021-04-12', 'Premium', 1),
(2, 'Ben Carter', 'Riverton', '2022-09-30', 'Standard', 1),
(3, 'Chloe Nguyen', 'Springfield', '2023-01-17', 'Student', 1),
(4, 'David Osei', 'Lakeside', '2020-06-05', 'Standard', 1),
(5, 'Emma Fischer', 'Riverton', '2023-08-22', 'Premium', 1),
(6, 'Farid Haddad', 'Springfield', '2019-11-03', 'Standard', 0),
(7, 'Grace Kim', 'Lakeside', '2024-01-09', 'Student', 1),
(8, 'Hugo Lambert', 'Riverton', '2021-02-28', 'Standard', 1),
(9, 'Isla Brennan', 'Springfield', '2022-05-14', 'Premium', 1),
(10, 'Jack Turner', 'Lakeside', '2023-11-20', 'Standard', 0);

INSERT INTO loans (loan_id, book_id, member_id, loaned_at, due_date, returned_on) VALUES
(1, 1, 1, 1704708900, '2024-01-29', '2024-01-25'),
(2, 4, 2, 1705336800, '2024-02-05', '2024-02-09'),
(3, 7, 3, 1706519100, '2024-02-19', '2024-02-15'),
(4, 2, 1, 1706959800, '2024-02-24', '2024-02-20'),
(5, 9, 5, 1707747600, '2024-03-04', '2024-03-10'),
(6, 12, 4, 1707936300, '2024-03-06', '2024-03-01'),
(7, 3, 6, 1708941600, '2024-03-18', '2024-03-18'),
(8, 7, 2, 1709392200, '2024-03-23', '2024-03-30'),
(9, 5, 8, 1709642100, '2024-03-26', '2024-03-20'),
(10, 12, 3, 1710179400, '2024-04-01', '2024-04-04'),
(11, 1, 9, 1710753900, '2024-04-08', '2024-04-02'),
(12, 10, 1, 1711199100, '2024-04-13', NULL),
(13, 4, 7, 1712058300, '2024-04-23', '2024-04-19'),
(14, 7, 5, 1712420100, '2024-04-27', NULL),
(15, 8, 2, 1713177000, '2024-05-06', '2024-05-02');

INSERT INTO reading_events (event_id, title, author_id, weekday, month, year, attendees) VALUES
(1, 'Spring Fiction Evening', 1, 'Thursday', 'March', 2023, 42),
(2, 'Tides and Time', 6, 'Saturday', 'May', 2023, 35),
(3, 'Sci-Fi Futures Panel', 7, 'Friday', 'October', 2023, 58),
(4, 'Mystery Night', 2, 'Friday', 'November', 2023, 47),
(5, 'Poetry by Candlelight', 4, 'Wednesday', 'February', 2024, 21),
(6, 'Voices of Lagos', 5, 'Saturday', 'March', 2024, 63),
(7, 'Kestrel Bay Launch', 1, 'Thursday', 'April', 2024, 51),
(8, 'Writing Machines', 3, 'Saturday', 'June', 2024, 29);
