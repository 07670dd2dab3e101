// Exercises: type switches over an SQL-quote-like formatter, cases with several types, nil case, default, fmt.Stringer case, named types of basic kinds
package main

import (
	"fmt"
	"strings"
	"time"
)

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func sqlQuote(x interface{}) string {
	switch x := x.(type) {
	case nil:
		return "NULL"
	case int, uint:
		return fmt.Sprintf("%d", x)
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	case []string:
		q := make([]string, len(x))
		for i, s := range x {
			q[i] = sqlQuote(s)
		}
		return "(" + strings.Join(q, ", ") + ")"
	case time.Duration:
		return fmt.Sprintf("INTERVAL '%v'", x)
	case fmt.Stringer:
		return "'" + x.String() + "'"
	case float64:
		return fmt.Sprintf("%g", x)
	default:
		panic(fmt.Sprintf("unexpected type %T: %v", x, x))
	}
}

func listQuery(args ...any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = sqlQuote(a)
	}
	return "SELECT * FROM t WHERE " + strings.Join(parts, " AND ")
}

func main() {
	fmt.Println(listQuery(nil, 3, uint(7), true, false, "O'Reilly", 2.5))
	fmt.Println(sqlQuote([]string{"a", "b'c"}), sqlQuote(90*time.Second), sqlQuote(ID(42)))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(sqlQuote(int8(1)))
}
