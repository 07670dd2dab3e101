// Exercises: anonymous structs in table-driven checks, struct field holding a func called like a method
package main

import (
	"fmt"
	"strings"
)

type Plugin struct {
	Name string
	Run  func(string) string
}

func main() {
	tests := []struct {
		in   string
		want int
	}{{"hello", 5}, {"", 0}, {"héllo", 6}}
	for _, tc := range tests {
		got := len(tc.in)
		fmt.Printf("%+v ok=%t\n", tc, got == tc.want)
	}
	ps := []Plugin{{"up", strings.ToUpper}, {"rev", func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}}}
	s := "gopher"
	for _, p := range ps {
		s = p.Run(s)
		fmt.Println(p.Name, s)
	}
	pt := struct{ X, Y int }{3, 4}
	fmt.Printf("%v %+v %T\n", pt, pt, pt)
}
