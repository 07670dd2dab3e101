// Exercises: user functions returning (value, ok) and strings.Cut / strconv results used with ok.
package main

import (
	"fmt"
	"strings"
)

func find(xs []string, pred func(string) bool) (string, bool) {
	for _, x := range xs {
		if pred(x) {
			return x, true
		}
	}
	return "", false
}

func main() {
	xs := []string{"alpha", "beta", "gamma"}
	if v, ok := find(xs, func(s string) bool { return strings.HasSuffix(s, "ta") }); ok {
		fmt.Println("found", v)
	}
	v, ok := find(xs, func(s string) bool { return len(s) > 10 })
	fmt.Printf("%q %v\n", v, ok)
	host, port, ok := strings.Cut("example.com:443", ":")
	fmt.Println(host, port, ok)
	s, found := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(s, found)
}
