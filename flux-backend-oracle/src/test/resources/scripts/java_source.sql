-- A Java stored procedure: its ; ' " // and /* */ follow Java's rules, not SQL's.
CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED "Checksums" AS
import java.util.zip.CRC32;

/** Checksums for the ORDERS table; don't call it from triggers. */
public class Checksums {
    private static final char QUOTE = '\'';   // a lone quote; SQL would read a string here
    private static final String SEP = ";";

    public static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes());
        return crc.getValue() / 1;   // it's a long
    }

    public static String quoted(String text) {
        return QUOTE + text.replace("\"", "\\\"") + QUOTE + SEP;
    }
}
/

CREATE OR REPLACE FUNCTION crc(text VARCHAR2) RETURN NUMBER
AS LANGUAGE JAVA NAME 'Checksums.crc(java.lang.String) return long';
/

CREATE TABLE after_java (n NUMBER);
