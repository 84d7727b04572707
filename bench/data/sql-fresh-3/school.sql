-- Hillcrest Secondary School: staff, rooms, courses, students, enrollments and graded work.
-- Storage quirks: teachers.salary is a number kept as TEXT; teachers.hire_year and
-- students.enroll_year are INTEGER years; enrollments.enrolled_at is a Unix timestamp (seconds, UTC);
-- students.birth_date, grades.due_date and grades.submitted_date are ISO dates in TEXT;
-- courses.meeting_day is a weekday name and grades.month a month name; is_full_time,
-- has_projector are 0/1 booleans; students.advisor_id and teachers.email are nullable.

CREATE TABLE teachers (
  teacher_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  department TEXT NOT NULL,
  hire_year INTEGER NOT NULL,
  salary TEXT NOT NULL,
  is_full_time INTEGER NOT NULL,
  email TEXT
);

CREATE TABLE classrooms (
  room_id INTEGER PRIMARY KEY,
  room_code TEXT NOT NULL,
  building TEXT NOT NULL,
  floor INTEGER NOT NULL,
  capacity INTEGER NOT NULL,
  has_projector INTEGER NOT NULL
);

CREATE TABLE courses (
  course_id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  teacher_id INTEGER NOT NULL,
  room_id INTEGER NOT NULL,
  credits INTEGER NOT NULL,
  meeting_day TEXT NOT NULL,
  FOREIGN KEY (teacher_id) REFERENCES teachers (teacher_id),
  FOREIGN KEY (room_id) REFERENCES classrooms (room_id)
);

CREATE TABLE students (
  student_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  grade_level INTEGER NOT NULL,
  enroll_year INTEGER NOT NULL,
  birth_date TEXT NOT NULL,
  advisor_id INTEGER,
  FOREIGN KEY (advisor_id) REFERENCES teachers (teacher_id)
);

CREATE TABLE enrollments (
  student_id INTEGER NOT NULL,
  course_id INTEGER NOT NULL,
  enrolled_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (student_id, course_id),
  FOREIGN KEY (student_id) REFERENCES students (student_id),
  FOREIGN KEY (course_id) REFERENCES courses (course_id)
);

CREATE TABLE grades (
  grade_id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL,
  course_id INTEGER NOT NULL,
  month TEXT NOT NULL,
  score REAL NOT NULL,
  due_date TEXT NOT NULL,
  submitted_date TEXT NOT NULL,
  FOREIGN KEY (student_id, course_id) REFERENCES enrollments (student_id, course_id)
);

INSERT INTO teachers VALUES (1, 'Margaret Okafor', 'Mathematics', 2009, '68500', 1, 'm.okafor@hillcrest.edu');
INSERT INTO teachers VALUES (2, 'Daniel Reyes', 'Science', 2015, '61200', 1, 'd.reyes@hillcrest.edu');
INSERT INTO teachers VALUES (3, 'Priya Natarajan', 'English', 2012, '64300', 1, NULL);
INSERT INTO teachers VALUES (4, 'Thomas Brandt', 'History', 2019, '38750', 0, 't.brandt@hillcrest.edu');
INSERT INTO teachers VALUES (5, 'Aiko Tanaka', 'Science', 2007, '71900', 1, 'a.tanaka@hillcrest.edu');
INSERT INTO teachers VALUES (6, 'Samuel Whitfield', 'Mathematics', 2021, '52400', 1, NULL);
INSERT INTO teachers VALUES (7, 'Lucia Ferrante', 'Languages', 2017, '9600', 0, 'l.ferrante@hillcrest.edu');
INSERT INTO teachers VALUES (8, 'Graham Ellison', 'Arts', 2013, '57800', 1, 'g.ellison@hillcrest.edu');

INSERT INTO classrooms VALUES (1, 'N101', 'North Hall', 1, 30, 1);
INSERT INTO classrooms VALUES (2, 'N204', 'North Hall', 2, 24, 0);
INSERT INTO classrooms VALUES (3, 'S110', 'Science Wing', 1, 28, 1);
INSERT INTO classrooms VALUES (4, 'S215', 'Science Wing', 2, 20, 1);
INSERT INTO classrooms VALUES (5, 'A003', 'Arts Annex', 0, 18, 0);
INSERT INTO classrooms VALUES (6, 'L120', 'Library Block', 1, 35, 1);
INSERT INTO classrooms VALUES (7, 'N305', 'North Hall', 3, 16, 0);

INSERT INTO courses VALUES (1, 'MAT101', 'Algebra I', 1, 1, 4, 'Monday');
INSERT INTO courses VALUES (2, 'MAT201', 'Geometry', 6, 2, 4, 'Tuesday');
INSERT INTO courses VALUES (3, 'SCI110', 'Biology', 2, 3, 4, 'Wednesday');
INSERT INTO courses VALUES (4, 'SCI220', 'Chemistry', 5, 4, 4, 'Monday');
INSERT INTO courses VALUES (5, 'ENG100', 'World Literature', 3, 6, 3, 'Thursday');
INSERT INTO courses VALUES (6, 'HIS150', 'Modern History', 4, 2, 3, 'Friday');
INSERT INTO courses VALUES (7, 'LAN130', 'Spanish I', 7, 7, 3, 'Tuesday');
INSERT INTO courses VALUES (8, 'ART120', 'Studio Drawing', 8, 5, 2, 'Wednesday');
INSERT INTO courses VALUES (9, 'SCI310', 'Physics', 5, 3, 4, 'Thursday');
INSERT INTO courses VALUES (10, 'MAT310', 'Statistics', 1, 1, 3, 'Friday');

INSERT INTO students VALUES (1, 'Ava', 'Lindqvist', 10, 2022, '2008-03-14', 1);
INSERT INTO students VALUES (2, 'Bilal', 'Haddad', 11, 2021, '2007-07-02', 3);
INSERT INTO students VALUES (3, 'Chloe', 'Martin', 9, 2023, '2009-11-21', NULL);
INSERT INTO students VALUES (4, 'Diego', 'Alvarez', 12, 2020, '2006-01-30', 5);
INSERT INTO students VALUES (5, 'Emeka', 'Nwosu', 10, 2022, '2008-09-09', 2);
INSERT INTO students VALUES (6, 'Freya', 'Olsen', 11, 2021, '2007-05-17', 3);
INSERT INTO students VALUES (7, 'Gabriel', 'Costa', 9, 2023, '2009-02-25', NULL);
INSERT INTO students VALUES (8, 'Hana', 'Suzuki', 12, 2020, '2006-12-05', 5);
INSERT INTO students VALUES (9, 'Isaac', 'Brennan', 10, 2022, '2008-06-28', 1);
INSERT INTO students VALUES (10, 'Jasmine', 'Patel', 11, 2022, '2007-10-11', 8);
INSERT INTO students VALUES (11, 'Kofi', 'Mensah', 12, 2021, '2006-08-19', NULL);
INSERT INTO students VALUES (12, 'Leah', 'Goldberg', 9, 2023, '2009-04-03', 2);

INSERT INTO enrollments VALUES (1, 1, 1692609300, 'active');
INSERT INTO enrollments VALUES (1, 3, 1692609600, 'active');
INSERT INTO enrollments VALUES (1, 5, 1692713100, 'active');
INSERT INTO enrollments VALUES (2, 2, 1692787200, 'active');
INSERT INTO enrollments VALUES (2, 6, 1692787500, 'dropped');
INSERT INTO enrollments VALUES (3, 1, 1693240200, 'active');
INSERT INTO enrollments VALUES (4, 4, 1692605400, 'active');
INSERT INTO enrollments VALUES (4, 9, 1692605520, 'active');
INSERT INTO enrollments VALUES (5, 3, 1693825200, 'active');
INSERT INTO enrollments VALUES (6, 5, 1692883500, 'active');
INSERT INTO enrollments VALUES (6, 7, 1693929000, 'dropped');
INSERT INTO enrollments VALUES (8, 9, 1692690900, 'active');
INSERT INTO enrollments VALUES (9, 10, 1704708300, 'active');
INSERT INTO enrollments VALUES (10, 8, 1704803400, 'active');
INSERT INTO enrollments VALUES (12, 2, 1704879900, 'active');

INSERT INTO grades VALUES (1, 1, 1, 'September', 88.5, '2023-09-29', '2023-09-28');
INSERT INTO grades VALUES (2, 1, 3, 'October', 92.0, '2023-10-13', '2023-10-13');
INSERT INTO grades VALUES (3, 1, 5, 'October', 79.0, '2023-10-20', '2023-10-23');
INSERT INTO grades VALUES (4, 2, 2, 'September', 71.5, '2023-09-22', '2023-09-25');
INSERT INTO grades VALUES (5, 3, 1, 'October', 65.0, '2023-10-06', '2023-10-12');
INSERT INTO grades VALUES (6, 4, 4, 'September', 94.5, '2023-09-29', '2023-09-27');
INSERT INTO grades VALUES (7, 4, 9, 'November', 89.0, '2023-11-17', '2023-11-17');
INSERT INTO grades VALUES (8, 5, 3, 'October', 76.0, '2023-10-13', '2023-10-16');
INSERT INTO grades VALUES (9, 6, 5, 'November', 83.5, '2023-11-10', '2023-11-09');
INSERT INTO grades VALUES (10, 8, 9, 'November', 97.0, '2023-11-17', '2023-11-14');
INSERT INTO grades VALUES (11, 9, 10, 'February', 81.0, '2024-02-09', '2024-02-12');
INSERT INTO grades VALUES (12, 10, 8, 'February', 90.5, '2024-02-16', '2024-02-16');
INSERT INTO grades VALUES (13, 12, 2, 'March', 68.0, '2024-03-01', '2024-03-08');
INSERT INTO grades VALUES (14, 1, 1, 'November', 91.0, '2023-11-03', '2023-11-02');
INSERT INTO grades VALUES (15, 4, 4, 'December', 87.5, '2023-12-08', '2023-12-11');
