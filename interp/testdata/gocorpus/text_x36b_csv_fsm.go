package main

import (
	"encoding/csv"
	"fmt"
	"reflect"
	"strings"
)

type state int

const (
	startField state = iota
	inField
	inQuoted
	quoteInQuoted
)

func (s state) String() string {
	return [...]string{"startField", "inField", "inQuoted", "quoteInQuoted"}[s]
}

type SyntaxError struct {
	Row, Col int
	State    state
	Msg      string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("row %d col %d (%v): %s", e.Row, e.Col, e.State, e.Msg)
}

// ParseCSV is a hand-written state machine for RFC 4180-ish CSV.
func ParseCSV(src string, sep rune) ([][]string, error) {
	var rows [][]string
	var row []string
	var field strings.Builder
	st := startField
	r, c := 1, 0
	endField := func() {
		row = append(row, field.String())
		field.Reset()
	}
	endRow := func() {
		endField()
		rows = append(rows, row)
		row = nil
		r, c = r+1, 0
	}
	for _, ch := range src {
		c++
		switch st {
		case startField, inField:
			switch {
			case ch == '"' && st == startField:
				st = inQuoted
			case ch == '"':
				return rows, &SyntaxError{r, c, st, "bare quote in unquoted field"}
			case ch == sep:
				endField()
				st = startField
			case ch == '\n':
				endRow()
				st = startField
			default:
				field.WriteRune(ch)
				st = inField
			}
		case inQuoted:
			if ch == '"' {
				st = quoteInQuoted
			} else {
				field.WriteRune(ch)
			}
		case quoteInQuoted:
			switch ch {
			case '"':
				field.WriteRune('"')
				st = inQuoted
			case sep:
				endField()
				st = startField
			case '\n':
				endRow()
				st = startField
			default:
				return rows, &SyntaxError{r, c, st, fmt.Sprintf("unexpected %q after closing quote", ch)}
			}
		}
	}
	if st == inQuoted {
		return rows, &SyntaxError{r, c, st, "unterminated quoted field"}
	}
	if st != startField || len(row) > 0 {
		endRow()
	}
	return rows, nil
}

func main() {
	inputs := []string{
		"name,age,city\nAda,36,London\nAlan,41,\"Wilmslow, Cheshire\"\n",
		"a,\"say \"\"hi\"\"\",c\n1,2,3",
		"x;y;z\n\"multi\nline\";2;3\n",
		"bad,\"quote\"x,1\n",
		"open,\"never closed\n",
		"one\"two,3\n",
		",,\n",
	}
	for i, in := range inputs {
		sep := ','
		if strings.HasPrefix(in, "x;") {
			sep = ';'
		}
		rows, err := ParseCSV(in, sep)
		fmt.Printf("#%d rows=%q\n", i, rows)
		if err != nil {
			fmt.Printf("   error: %v\n", err)
			if se, ok := err.(*SyntaxError); ok {
				fmt.Printf("   %+v\n", *se)
			}
			continue
		}
		std := csv.NewReader(strings.NewReader(in))
		std.Comma = sep
		std.FieldsPerRecord = -1
		want, err := std.ReadAll()
		fmt.Printf("   matches encoding/csv: %v (err %v)\n", reflect.DeepEqual(rows, want), err)
	}
}
