// Exercises: anonymous structs as variables, slice elements and table-driven test cases.
package main

import (
	"fmt"
	"strings"
)

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%+v\n", cfg)
	tests := []struct {
		in   string
		want string
	}{
		{"abc", "ABC"},
		{"Go", "GO"},
		{"", ""},
	}
	for _, tc := range tests {
		got := strings.ToUpper(tc.in)
		fmt.Printf("%q -> %q ok=%v\n", tc.in, got, got == tc.want)
	}
	point := &struct{ X, Y float64 }{1.5, 2.5}
	point.X *= 2
	fmt.Println(*point)
}
