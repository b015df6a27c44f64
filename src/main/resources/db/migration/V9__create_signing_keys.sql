CREATE TABLE signing_key
(
    name   VARCHAR(50)  NOT NULL PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);
