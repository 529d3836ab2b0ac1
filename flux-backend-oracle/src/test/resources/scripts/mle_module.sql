-- An MLE module (Oracle 23ai): JavaScript with template literals, regular expressions and comments.
CREATE OR REPLACE MLE MODULE order_utils
LANGUAGE JAVASCRIPT VERSION '1.0' AS
/**
 * Order helpers; don't change the names: PL/SQL call specs use them.
 */
const SEPARATOR = ';';
const pattern = /[;'"]+/g;   // strips ; ' and "

export function normalise(code) {
    return code.replace(pattern, '').trim();
}

export function describe(order) {
    const total = order.qty * order.price
        / 100;
    return `order ${order.id}: it's ${total}; done`;
}

export function lines(text) {
    return text.split(SEPARATOR).map(l => l.trim()).filter(l => l !== '');
}
/

CREATE OR REPLACE FUNCTION normalise(code VARCHAR2) RETURN VARCHAR2
AS MLE MODULE order_utils SIGNATURE 'normalise(string)';
/

CREATE MLE MODULE from_file LANGUAGE JAVASCRIPT USING BFILE(js_dir, 'order_utils.js');
CREATE TABLE after_mle (n NUMBER);
