// Exercises: a table-driven test loop over a slice of anonymous structs, as in Go unit tests.
package main

import (
	"fmt"
	"strings"
)

func Abbrev(s string, max int) string {
	if max < 4 || len(s) <= max {
		return s
	}
	return s[:max-3] + "..."
}

func main() {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"short", "hello", 10, "hello"},
		{"exact", "hello", 5, "hello"},
		{"cut", "hello world", 8, "hello..."},
		{"tiny max", "hello", 2, "hello"},
		{"wrong expectation", "abcdefgh", 6, "abc..!"},
	}
	failed := 0
	for _, tc := range tests {
		got := Abbrev(tc.in, tc.max)
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
			failed++
		}
		fmt.Printf("--- %s: %-18s Abbrev(%q, %d) = %q", status, tc.name, tc.in, tc.max, got)
		if got != tc.want {
			fmt.Printf(", want %q", tc.want)
		}
		fmt.Println()
	}
	fmt.Println(strings.Repeat("=", 10), len(tests)-failed, "passed,", failed, "failed")
	fmt.Printf("%+v\n", tests[0])
}
