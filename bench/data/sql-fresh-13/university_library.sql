PRAGMA foreign_keys = ON;

CREATE TABLE members (
    member_id TEXT PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    member_type TEXT NOT NULL,
    faculty TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    joined_on TEXT NOT NULL,
    max_loans INTEGER NOT NULL
);

CREATE TABLE authors (
    author_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    nationality TEXT NOT NULL,
    birth_year INTEGER NOT NULL
);

CREATE TABLE books (
    isbn TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors(author_id),
    publisher TEXT NOT NULL,
    publication_year INTEGER NOT NULL,
    subject TEXT NOT NULL,
    page_count INTEGER NOT NULL
);

CREATE TABLE copies (
    copy_id INTEGER PRIMARY KEY,
    isbn TEXT NOT NULL REFERENCES books(isbn),
    barcode TEXT NOT NULL UNIQUE,
    location TEXT NOT NULL,
    acquired_on TEXT NOT NULL,
    condition TEXT NOT NULL
);

CREATE TABLE loans (
    loan_id INTEGER PRIMARY KEY,
    copy_id INTEGER NOT NULL REFERENCES copies(copy_id),
    member_id TEXT NOT NULL REFERENCES members(member_id),
    loaned_at TEXT NOT NULL,
    due_date TEXT NOT NULL,
    returned_on TEXT
);

CREATE TABLE fines (
    fine_id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loans(loan_id),
    reason TEXT NOT NULL,
    amount REAL NOT NULL,
    issued_on TEXT NOT NULL,
    paid_on TEXT
);

CREATE TABLE reservations (
    reservation_id INTEGER PRIMARY KEY,
    isbn TEXT NOT NULL REFERENCES books(isbn),
    member_id TEXT NOT NULL REFERENCES members(member_id),
    reserved_at TEXT NOT NULL,
    status TEXT NOT NULL,
    collected_on TEXT
);

INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('PG20204', 'Martha', 'McKenzie', 'postgraduate', 'Medicine', 'martha.mckenzie@uni.ac.uk', '2020-09-18', 12);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('PG20361', 'Nikhil', 'Nair', 'postgraduate', 'Business', 'nikhil.nair@uni.ac.uk', '2020-09-23', 12);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('PG22489', 'Gemma', 'Gill', 'postgraduate', 'Business', 'gemma.gill@uni.ac.uk', '2022-09-18', 12);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('PG22599', 'Bella', 'Brooks', 'postgraduate', 'Engineering', 'bella.brooks@uni.ac.uk', '2022-09-30', 12);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('PG24994', 'Sean', 'Sullivan', 'postgraduate', 'Law', 'sean.sullivan@uni.ac.uk', '2024-09-22', 12);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST20122', 'Bilal', 'Bhatt', 'staff', 'Engineering', 'bilal.bhatt@uni.ac.uk', '2020-03-02', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST20590', 'Hana', 'Hayashi', 'staff', 'Humanities', 'hana.hayashi@uni.ac.uk', '2020-03-13', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST20689', 'Rhea', 'Rao', 'staff', 'Sciences', 'rhea.rao@uni.ac.uk', '2020-05-15', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST21442', 'Imogen', 'Irving', 'staff', 'Humanities', 'imogen.irving@uni.ac.uk', '2021-10-21', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST21701', 'Paige', 'Pearce', 'staff', 'Humanities', 'paige.pearce@uni.ac.uk', '2021-09-28', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST21710', 'Keira', 'Kerr', 'staff', 'Engineering', 'keira.kerr@uni.ac.uk', '2021-12-28', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST21731', 'Leah', 'Lambert', 'staff', 'Sciences', 'leah.lambert@uni.ac.uk', '2021-03-11', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST21834', 'Gabriel', 'Gomez', 'staff', 'Sciences', 'gabriel.gomez@uni.ac.uk', '2021-09-26', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST22138', 'Niamh', 'Nolan', 'staff', 'Business', 'niamh.nolan@uni.ac.uk', '2022-08-10', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST22943', 'Alex', 'Ahmed', 'staff', 'Medicine', 'alex.ahmed@uni.ac.uk', '2022-06-17', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST23801', 'Cara', 'Cross', 'staff', 'Law', 'cara.cross@uni.ac.uk', '2023-01-25', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('ST23990', 'Jasper', 'James', 'staff', 'Medicine', 'jasper.james@uni.ac.uk', '2023-11-13', 20);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG20318', 'Ivan', 'Ilic', 'undergraduate', 'Medicine', 'ivan.ilic@uni.ac.uk', '2020-09-22', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG20353', 'Uma', 'Usman', 'undergraduate', 'Sciences', 'uma.usman@uni.ac.uk', '2020-09-25', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG20985', 'Dina', 'Dalton', 'undergraduate', 'Engineering', 'dina.dalton@uni.ac.uk', '2020-09-24', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG21120', 'Tanya', 'Tran', 'undergraduate', 'Medicine', 'tanya.tran@uni.ac.uk', '2021-09-18', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG21314', 'Esme', 'Ellison', 'undergraduate', 'Law', 'esme.ellison@uni.ac.uk', '2021-09-23', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG21338', 'Fatima', 'Farouk', 'undergraduate', 'Humanities', 'fatima.farouk@uni.ac.uk', '2021-09-23', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG21373', 'Zack', 'Zielinski', 'undergraduate', 'Engineering', 'zack.zielinski@uni.ac.uk', '2021-09-19', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG21393', 'Abigail', 'Abbott', 'undergraduate', 'Engineering', 'abigail.abbott@uni.ac.uk', '2021-09-25', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG22154', 'Dominic', 'Doyle', 'undergraduate', 'Humanities', 'dominic.doyle@uni.ac.uk', '2022-09-30', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG22157', 'Hamza', 'Hussain', 'undergraduate', 'Humanities', 'hamza.hussain@uni.ac.uk', '2022-09-29', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG22293', 'Eoin', 'Egan', 'undergraduate', 'Medicine', 'eoin.egan@uni.ac.uk', '2022-09-25', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG22444', 'Wen', 'Wang', 'undergraduate', 'Humanities', 'wen.wang@uni.ac.uk', '2022-09-22', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG22461', 'Victor', 'Varga', 'undergraduate', 'Law', 'victor.varga@uni.ac.uk', '2022-09-25', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG22508', 'Omar', 'Okafor', 'undergraduate', 'Humanities', 'omar.okafor@uni.ac.uk', '2022-09-30', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG22888', 'Jade', 'Jordan', 'undergraduate', 'Engineering', 'jade.jordan@uni.ac.uk', '2022-09-23', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG23205', 'Quentin', 'Quinn', 'undergraduate', 'Medicine', 'quentin.quinn@uni.ac.uk', '2023-09-29', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG23319', 'Felix', 'Ford', 'undergraduate', 'Law', 'felix.ford@uni.ac.uk', '2023-09-17', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG23599', 'Kofi', 'Kumar', 'undergraduate', 'Humanities', 'kofi.kumar@uni.ac.uk', '2023-09-27', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG23988', 'Mateo', 'Moreno', 'undergraduate', 'Engineering', 'mateo.moreno@uni.ac.uk', '2023-09-17', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG24302', 'Chris', 'Carter', 'undergraduate', 'Humanities', 'chris.carter@uni.ac.uk', '2024-09-25', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG24546', 'Yara', 'Yilmaz', 'undergraduate', 'Sciences', 'yara.yilmaz@uni.ac.uk', '2024-09-17', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG24626', 'Lorenzo', 'Lopez', 'undergraduate', 'Sciences', 'lorenzo.lopez@uni.ac.uk', '2024-09-30', 8);
INSERT INTO members (member_id, first_name, last_name, member_type, faculty, email, joined_on, max_loans) VALUES ('UG24932', 'Xavier', 'Xu', 'undergraduate', 'Business', 'xavier.xu@uni.ac.uk', '2024-09-23', 8);

INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (1, 'Chimamanda Ngozi Adichie', 'Nigerian', 1977);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (2, 'Yuval Noah Harari', 'Israeli', 1976);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (3, 'Mary Beard', 'British', 1955);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (4, 'Richard Dawkins', 'British', 1941);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (5, 'Thomas Piketty', 'French', 1971);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (6, 'Daniel Kahneman', 'Israeli-American', 1934);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (7, 'Siddhartha Mukherjee', 'Indian-American', 1970);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (8, 'Donald Knuth', 'American', 1938);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (9, 'Bjarne Stroustrup', 'Danish', 1950);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (10, 'Hilary Mantel', 'British', 1952);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (11, 'Kazuo Ishiguro', 'British', 1954);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (12, 'Amartya Sen', 'Indian', 1933);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (13, 'Carlo Rovelli', 'Italian', 1956);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (14, 'Tom Bingham', 'British', 1933);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (15, 'Mariana Mazzucato', 'Italian-American', 1968);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (16, 'Atul Gawande', 'American', 1965);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (17, 'Robert Sedgewick', 'American', 1946);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (18, 'Zadie Smith', 'British', 1975);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (19, 'Eric Hobsbawm', 'British', 1917);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (20, 'Oliver Sacks', 'British', 1933);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (21, 'Andrew Ashworth', 'British', 1947);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (22, 'Brian Greene', 'American', 1963);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (23, 'Esther Duflo', 'French', 1972);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (24, 'Peter Frankopan', 'British', 1971);
INSERT INTO authors (author_id, full_name, nationality, birth_year) VALUES (25, 'Margaret Atwood', 'Canadian', 1939);

INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781922655863', 'Americanah', 1, 'Fourth Estate', 2013, 'Literature', 477);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780658530560', 'Half of a Yellow Sun', 1, 'Fourth Estate', 2006, 'Literature', 433);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781993918944', 'Sapiens: A Brief History of Humankind', 2, 'Harvill Secker', 2014, 'History', 443);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781308927798', 'Homo Deus', 2, 'Harvill Secker', 2016, 'History', 448);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780894216918', 'SPQR: A History of Ancient Rome', 3, 'Profile Books', 2015, 'History', 608);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781501278219', 'The Selfish Gene', 4, 'Oxford University Press', 1976, 'Biology', 360);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781486487521', 'Capital in the Twenty-First Century', 5, 'Harvard University Press', 2014, 'Economics', 696);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780119530299', 'Thinking, Fast and Slow', 6, 'Penguin', 2011, 'Psychology', 499);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780689244424', 'The Emperor of All Maladies', 7, 'Scribner', 2010, 'Medicine', 571);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780986521815', 'The Gene: An Intimate History', 7, 'Scribner', 2016, 'Biology', 592);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781352039685', 'The Art of Computer Programming, Vol. 1', 8, 'Addison-Wesley', 1997, 'Computer Science', 672);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780167921671', 'The C++ Programming Language', 9, 'Addison-Wesley', 2013, 'Computer Science', 1368);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781552629954', 'Wolf Hall', 10, 'Fourth Estate', 2009, 'Literature', 653);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781261800859', 'The Remains of the Day', 11, 'Faber & Faber', 1989, 'Literature', 258);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781956671485', 'Never Let Me Go', 11, 'Faber & Faber', 2005, 'Literature', 288);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781323799012', 'Development as Freedom', 12, 'Oxford University Press', 1999, 'Economics', 366);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780195508762', 'Seven Brief Lessons on Physics', 13, 'Penguin', 2015, 'Physics', 96);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780688066804', 'The Rule of Law', 14, 'Penguin', 2010, 'Law', 213);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781507638064', 'The Value of Everything', 15, 'Penguin', 2018, 'Economics', 384);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780620927347', 'Being Mortal', 16, 'Profile Books', 2014, 'Medicine', 282);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781665159235', 'Algorithms', 17, 'Addison-Wesley', 2011, 'Computer Science', 955);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781676934237', 'White Teeth', 18, 'Penguin', 2000, 'Literature', 448);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780568843317', 'The Age of Revolution: 1789-1848', 19, 'Abacus', 1962, 'History', 416);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780227967072', 'The Man Who Mistook His Wife for a Hat', 20, 'Picador', 1985, 'Medicine', 233);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781269024533', 'Principles of Criminal Law', 21, 'Oxford University Press', 2019, 'Law', 544);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9781725127010', 'The Elegant Universe', 22, 'Vintage', 1999, 'Physics', 448);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780732257084', 'Poor Economics', 23, 'PublicAffairs', 2011, 'Economics', 303);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780356450652', 'The Silk Roads', 24, 'Bloomsbury', 2015, 'History', 636);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780687494395', 'The Handmaid''s Tale', 25, 'Vintage', 1985, 'Literature', 311);
INSERT INTO books (isbn, title, author_id, publisher, publication_year, subject, page_count) VALUES ('9780611700502', 'The Reality of Time', 13, 'Penguin', 2018, 'Physics', 240);

INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (1, '9781922655863', 'UL300064', 'Main Library', '2018-03-24', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (2, '9781922655863', 'UL300103', 'Main Library', '2014-02-23', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (3, '9780658530560', 'UL300134', 'Main Library', '2010-10-28', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (4, '9780658530560', 'UL300165', 'Main Library', '2006-01-26', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (5, '9781993918944', 'UL300188', 'Main Library', '2015-11-04', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (6, '9781308927798', 'UL300233', 'Main Library', '2019-02-19', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (7, '9781308927798', 'UL300263', 'Main Library', '2020-03-02', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (8, '9780894216918', 'UL300318', 'Main Library', '2015-04-21', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (9, '9780894216918', 'UL300344', 'Main Library', '2020-05-17', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (10, '9780894216918', 'UL300374', 'Main Library', '2019-02-12', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (11, '9781501278219', 'UL300429', 'Main Library', '2009-09-01', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (12, '9781501278219', 'UL300444', 'Science Library', '2007-05-11', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (13, '9781501278219', 'UL300489', 'Science Library', '2012-09-16', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (14, '9781486487521', 'UL300536', 'Main Library', '2016-02-24', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (15, '9781486487521', 'UL300582', 'Main Library', '2017-01-28', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (16, '9780119530299', 'UL300595', 'Main Library', '2011-05-25', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (17, '9780119530299', 'UL300634', 'Main Library', '2018-05-31', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (18, '9780689244424', 'UL300667', 'Science Library', '2010-11-18', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (19, '9780986521815', 'UL300725', 'Science Library', '2022-12-04', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (20, '9780986521815', 'UL300747', 'Science Library', '2022-06-11', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (21, '9780986521815', 'UL300785', 'Science Library', '2020-08-01', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (22, '9781352039685', 'UL300836', 'Science Library', '2013-02-19', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (23, '9781352039685', 'UL300856', 'Science Library', '2009-02-24', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (24, '9780167921671', 'UL300902', 'Science Library', '2015-12-05', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (25, '9781552629954', 'UL300930', 'Main Library', '2010-09-12', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (26, '9781261800859', 'UL300964', 'Main Library', '2011-12-24', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (27, '9781956671485', 'UL301023', 'Main Library', '2007-10-30', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (28, '9781323799012', 'UL301060', 'Main Library', '2007-12-16', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (29, '9781323799012', 'UL301094', 'Main Library', '2010-11-22', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (30, '9780195508762', 'UL301113', 'Science Library', '2021-02-27', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (31, '9780195508762', 'UL301157', 'Science Library', '2017-12-08', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (32, '9780688066804', 'UL301192', 'Law Library', '2014-12-21', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (33, '9781507638064', 'UL301233', 'Main Library', '2023-07-03', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (34, '9781507638064', 'UL301271', 'Main Library', '2018-01-04', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (35, '9780620927347', 'UL301298', 'Science Library', '2021-09-28', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (36, '9781665159235', 'UL301355', 'Science Library', '2013-12-06', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (37, '9781665159235', 'UL301395', 'Science Library', '2012-06-27', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (38, '9781676934237', 'UL301410', 'Main Library', '2007-03-05', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (39, '9781676934237', 'UL301443', 'Main Library', '2008-05-11', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (40, '9780568843317', 'UL301503', 'Main Library', '2010-06-25', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (41, '9780227967072', 'UL301547', 'Science Library', '2013-01-12', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (42, '9781269024533', 'UL301583', 'Law Library', '2020-12-24', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (43, '9781269024533', 'UL301596', 'Law Library', '2022-11-21', 'good');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (44, '9781725127010', 'UL301658', 'Main Library', '2012-12-02', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (45, '9780732257084', 'UL301672', 'Main Library', '2012-09-24', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (46, '9780732257084', 'UL301723', 'Main Library', '2011-11-07', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (47, '9780356450652', 'UL301769', 'Main Library', '2020-06-25', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (48, '9780687494395', 'UL301804', 'Main Library', '2010-10-26', 'worn');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (49, '9780687494395', 'UL301814', 'Main Library', '2009-06-15', 'fair');
INSERT INTO copies (copy_id, isbn, barcode, location, acquired_on, condition) VALUES (50, '9780611700502', 'UL301871', 'Science Library', '2020-11-20', 'worn');

INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (1, 28, 'ST20590', '2024-09-04 09:35:08', '2024-10-02', '2024-09-23');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (2, 3, 'UG21314', '2024-09-10 11:51:01', '2024-09-24', '2024-09-27');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (3, 37, 'ST21701', '2024-09-21 19:40:58', '2024-10-19', '2024-10-25');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (4, 20, 'ST21731', '2024-09-22 17:18:59', '2024-10-20', '2024-10-23');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (5, 31, 'UG23319', '2024-09-23 16:50:39', '2024-10-07', '2024-10-01');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (6, 35, 'UG22157', '2024-09-27 16:27:27', '2024-10-11', '2024-10-01');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (7, 50, 'UG21373', '2024-10-03 18:03:13', '2024-10-17', NULL);
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (8, 42, 'ST21442', '2024-10-04 13:37:52', '2024-11-01', '2024-10-12');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (9, 18, 'UG21393', '2024-10-05 10:39:11', '2024-10-19', '2024-10-27');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (10, 41, 'PG24994', '2024-10-07 14:14:41', '2024-10-21', '2024-10-12');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (11, 15, 'ST21834', '2024-10-09 19:04:49', '2024-11-06', '2024-11-21');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (12, 34, 'UG21338', '2024-10-10 19:54:59', '2024-10-24', '2024-10-14');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (13, 4, 'ST22138', '2024-10-12 10:41:58', '2024-11-09', NULL);
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (14, 33, 'ST21442', '2024-10-12 17:29:15', '2024-11-09', '2024-10-19');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (15, 17, 'UG22293', '2024-10-15 13:15:14', '2024-10-29', '2024-11-02');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (16, 32, 'UG22444', '2024-10-15 14:17:06', '2024-10-29', '2024-10-30');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (17, 46, 'UG22508', '2024-10-18 11:07:38', '2024-11-01', '2024-11-02');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (18, 16, 'PG20204', '2024-10-18 17:07:30', '2024-11-01', '2024-10-27');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (19, 44, 'UG21120', '2024-10-20 12:50:11', '2024-11-03', '2024-10-22');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (20, 28, 'ST20689', '2024-10-22 10:53:40', '2024-11-19', '2024-10-26');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (21, 25, 'UG24546', '2024-10-22 18:18:00', '2024-11-05', '2024-11-12');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (22, 13, 'ST21834', '2024-10-23 17:30:29', '2024-11-20', '2024-11-10');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (23, 29, 'UG24626', '2024-10-25 15:22:06', '2024-11-08', '2024-11-02');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (24, 41, 'ST21731', '2024-10-29 14:17:47', '2024-11-26', '2024-12-05');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (25, 5, 'UG24302', '2024-10-29 17:18:27', '2024-11-12', '2024-11-04');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (26, 47, 'UG22293', '2024-11-01 09:25:08', '2024-11-15', '2024-11-30');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (27, 39, 'ST21442', '2024-11-01 18:39:16', '2024-11-29', '2024-11-14');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (28, 1, 'UG23988', '2024-11-04 20:59:49', '2024-11-18', '2024-11-13');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (29, 2, 'UG22293', '2024-11-07 15:08:11', '2024-11-21', '2024-11-19');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (30, 7, 'ST21701', '2024-11-09 16:14:19', '2024-12-07', '2024-12-06');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (31, 28, 'UG20318', '2024-11-16 18:32:27', '2024-11-30', '2024-12-15');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (32, 45, 'ST20122', '2024-11-17 09:57:33', '2024-12-15', '2024-11-24');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (33, 22, 'ST21710', '2024-11-18 09:37:16', '2024-12-16', '2024-12-21');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (34, 30, 'PG24994', '2024-11-20 17:43:32', '2024-12-04', NULL);
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (35, 20, 'PG20361', '2024-11-21 20:40:01', '2024-12-05', '2024-11-29');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (36, 13, 'UG22508', '2024-11-22 18:54:50', '2024-12-06', '2024-12-13');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (37, 26, 'UG22444', '2024-11-24 18:15:06', '2024-12-08', '2024-12-08');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (38, 48, 'PG20204', '2024-11-25 09:59:42', '2024-12-09', '2024-12-22');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (39, 44, 'ST22943', '2024-11-26 16:59:57', '2024-12-24', '2024-12-23');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (40, 33, 'PG22599', '2024-11-29 13:49:28', '2024-12-13', '2024-12-02');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (41, 27, 'UG24302', '2024-11-30 11:14:25', '2024-12-14', '2024-12-13');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (42, 14, 'UG21120', '2024-11-30 14:54:08', '2024-12-14', '2024-12-14');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (43, 42, 'ST23990', '2024-12-02 11:58:32', '2024-12-30', '2024-12-28');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (44, 36, 'UG23988', '2024-12-06 17:21:49', '2024-12-20', '2024-12-22');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (45, 16, 'UG23988', '2024-12-13 20:11:03', '2024-12-27', '2024-12-20');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (46, 12, 'UG23319', '2024-12-17 11:05:56', '2024-12-31', NULL);
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (47, 25, 'UG23319', '2024-12-17 17:12:41', '2024-12-31', '2024-12-23');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (48, 1, 'ST20122', '2024-12-27 11:07:55', '2025-01-24', '2025-01-17');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (49, 9, 'ST20122', '2024-12-28 09:08:18', '2025-01-25', '2025-01-05');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (50, 28, 'UG24932', '2024-12-29 12:32:41', '2025-01-12', '2025-01-05');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (51, 32, 'PG24994', '2024-12-29 17:36:55', '2025-01-12', '2025-01-01');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (52, 5, 'UG21120', '2024-12-30 12:58:50', '2025-01-13', '2025-01-17');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (53, 47, 'UG21120', '2025-01-08 12:06:27', '2025-01-22', NULL);
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (54, 17, 'UG23319', '2025-01-08 15:41:32', '2025-01-22', '2025-01-18');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (55, 32, 'UG21373', '2025-01-10 19:47:28', '2025-01-24', '2025-01-28');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (56, 43, 'UG21373', '2025-01-11 11:52:38', '2025-01-25', '2025-01-20');
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (57, 42, 'UG22461', '2025-01-12 16:56:07', '2025-01-26', NULL);
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (58, 38, 'PG20204', '2025-01-16 11:00:43', '2025-01-30', NULL);
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (59, 5, 'UG24626', '2025-01-19 09:57:34', '2025-02-02', NULL);
INSERT INTO loans (loan_id, copy_id, member_id, loaned_at, due_date, returned_on) VALUES (60, 34, 'UG20985', '2025-01-20 11:26:20', '2025-02-03', NULL);

INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (1, 2, 'late return', 1.5, '2024-09-27', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (2, 4, 'late return', 1.5, '2024-10-23', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (3, 3, 'late return', 3.0, '2024-10-25', '2024-11-08');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (4, 9, 'late return', 4.0, '2024-10-27', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (5, 16, 'late return', 0.5, '2024-10-30', '2024-11-04');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (6, 15, 'late return', 2.0, '2024-11-02', '2024-11-20');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (7, 17, 'late return', 0.5, '2024-11-02', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (8, 21, 'late return', 3.5, '2024-11-12', '2024-11-14');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (9, 28, 'damaged item', 15.0, '2024-11-13', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (10, 7, 'lost item', 45.0, '2024-11-16', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (11, 11, 'late return', 7.5, '2024-11-21', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (12, 26, 'late return', 7.5, '2024-11-30', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (13, 24, 'late return', 4.5, '2024-12-05', '2024-12-13');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (14, 37, 'damaged item', 15.0, '2024-12-08', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (15, 13, 'lost item', 45.0, '2024-12-09', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (16, 36, 'late return', 3.5, '2024-12-13', '2024-12-31');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (17, 31, 'late return', 7.5, '2024-12-15', '2024-12-17');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (18, 33, 'late return', 2.5, '2024-12-21', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (19, 38, 'late return', 6.5, '2024-12-22', '2024-12-31');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (20, 44, 'late return', 1.0, '2024-12-22', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (21, 51, 'damaged item', 15.0, '2025-01-01', NULL);
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (22, 52, 'late return', 2.0, '2025-01-17', '2025-01-18');
INSERT INTO fines (fine_id, loan_id, reason, amount, issued_on, paid_on) VALUES (23, 55, 'late return', 2.0, '2025-01-28', NULL);

INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (1, '9780986521815', 'UG22444', '2024-09-18 18:45:26', 'collected', '2024-09-23');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (2, '9780611700502', 'UG21373', '2024-09-22 15:47:54', 'cancelled', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (3, '9780658530560', 'UG23988', '2024-10-03 19:54:58', 'collected', '2024-10-04');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (4, '9780986521815', 'PG22489', '2024-10-08 13:18:20', 'cancelled', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (5, '9781993918944', 'UG22508', '2024-10-13 13:45:19', 'waiting', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (6, '9780894216918', 'ST21731', '2024-10-16 22:32:53', 'collected', '2024-10-21');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (7, '9780732257084', 'UG21393', '2024-10-19 09:07:31', 'collected', '2024-10-31');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (8, '9780986521815', 'UG23319', '2024-10-20 19:38:37', 'waiting', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (9, '9780689244424', 'UG22461', '2024-11-03 13:06:58', 'cancelled', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (10, '9780688066804', 'ST23990', '2024-11-07 22:06:23', 'collected', '2024-11-15');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (11, '9780227967072', 'ST21701', '2024-11-13 12:18:44', 'collected', '2024-11-19');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (12, '9781352039685', 'UG22444', '2024-11-15 21:08:04', 'waiting', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (13, '9780195508762', 'UG22508', '2024-11-23 20:03:20', 'cancelled', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (14, '9781922655863', 'UG21120', '2024-11-25 19:30:45', 'collected', '2024-12-07');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (15, '9780658530560', 'ST21710', '2024-11-28 16:52:38', 'waiting', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (16, '9780195508762', 'UG20318', '2024-11-30 13:45:01', 'waiting', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (17, '9781261800859', 'UG22157', '2024-12-05 19:47:17', 'collected', '2024-12-11');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (18, '9780689244424', 'UG20985', '2024-12-09 20:19:37', 'collected', '2024-12-15');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (19, '9781308927798', 'UG24626', '2024-12-11 12:00:44', 'waiting', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (20, '9780688066804', 'UG20985', '2024-12-16 09:33:18', 'collected', '2024-12-24');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (21, '9780894216918', 'UG22157', '2024-12-16 14:28:38', 'cancelled', NULL);
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (22, '9781323799012', 'PG22599', '2024-12-27 21:25:28', 'collected', '2025-01-05');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (23, '9781552629954', 'UG20985', '2024-12-31 12:42:27', 'collected', '2025-01-03');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (24, '9781676934237', 'UG23319', '2025-01-06 14:24:00', 'collected', '2025-01-14');
INSERT INTO reservations (reservation_id, isbn, member_id, reserved_at, status, collected_on) VALUES (25, '9780620927347', 'UG24546', '2025-01-18 17:12:08', 'cancelled', NULL);
