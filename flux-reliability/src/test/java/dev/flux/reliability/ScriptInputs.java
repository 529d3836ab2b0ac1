package dev.flux.reliability;

import static dev.flux.reliability.BadInput.MIGRATE;
import static dev.flux.reliability.BadInput.Start.BASELINE;

import dev.flux.ErrorCode;
import java.util.List;

/**
 * Scripts that cannot be split, found by splitting every script before the lock is taken: each error
 * names the file and the line where the unterminated construct starts.
 */
final class ScriptInputs {
    private ScriptInputs() {
    }

    /** For both dialects. */
    static List<BadInput> common() {
        return List.of(
                syntax("unterminated string", "INSERT INTO users VALUES (1, 'it''s;\n);\n", "V3__bad.sql:1"),
                syntax("unterminated block comment", "SELECT 1;\n\n/* one ; two\nSELECT 2;\n", "V3__bad.sql:3"),
                syntax("unterminated quoted identifier", "SELECT 1;\nSELECT \"name;\nFROM users;\n", "V3__bad.sql:2"),
                BadInput.of("syntax: unterminated string in an undo file", BASELINE,
                        p -> p.write("V2__orders.undo.sql", "DROP TABLE orders;\nDELETE FROM users WHERE name = 'x;\n"),
                        MIGRATE, ErrorCode.SYNTAX, "V2__orders.undo.sql:2"),
                syntax("unterminated nested comment", "/* outer /* inner */ still open\nSELECT 1;\n", "V3__bad.sql:1"));
    }

    static List<BadInput> h2() {
        return List.of(syntax("unterminated $$ body",
                "CREATE ALIAS NOTES AS $$\nString notes() { return \";\"; }\n;\n", "V3__bad.sql:1"));
    }

    static List<BadInput> postgres() {
        return List.of(
                syntax("unterminated dollar quote", "CREATE FUNCTION f() RETURNS int AS $fn$\nSELECT 1; $$\n;\n",
                        "V3__bad.sql:1"),
                syntax("psql meta-command", "SELECT 1;\n\\connect other\nSELECT 2;\n", "V3__bad.sql:2"),
                syntax("COPY from stdin", "COPY users FROM stdin;\n1\tann\n\\.\n", "V3__bad.sql:1"),
                syntax("parenthesis never closed", "SELECT 1;\nINSERT INTO users VALUES (3, 'c';\n", "V3__bad.sql:2"),
                syntax("BEGIN ATOMIC body never closed", "CREATE FUNCTION one() RETURNS int LANGUAGE sql\n"
                        + "BEGIN ATOMIC\n  SELECT 1;\n", "V3__bad.sql:2"));
    }

    /** The mariadb client's rules: DELIMITER, client commands, BEGIN ... END bodies, backticks. */
    static List<BadInput> mariadb() {
        return List.of(
                syntax("DELIMITER line inside a statement", "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END\n"
                        + "DELIMITER ;\nSELECT 2;\n", "V3__bad.sql:3"),
                syntax("USE of another database", "SELECT 1;\nUSE mysql;\nSELECT 2;\n", "V3__bad.sql:2"),
                syntax("client command \\G", "SELECT 1;\nSELECT 2\\G\n", "V3__bad.sql:2"),
                syntax("BEGIN ... END body never closed", "SELECT 1;\nCREATE TRIGGER t BEFORE INSERT ON users\n"
                        + "FOR EACH ROW BEGIN\n  SET NEW.name = 'x';\n", "V3__bad.sql:3"),
                syntax("unterminated backtick name", "SELECT 1;\nSELECT `name;\nFROM users;\n", "V3__bad.sql:2"),
                syntax("unterminated executable comment", "SELECT 1;\n/*!40101 SET NAMES utf8mb4;\n",
                        "V3__bad.sql:2"));
    }

    private static BadInput syntax(String name, String script, String where) {
        return BadInput.of("syntax: " + name, BASELINE, p -> p.write("V3__bad.sql", script), MIGRATE,
                ErrorCode.SYNTAX, where);
    }
}
