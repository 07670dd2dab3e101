// Exercises: function values as arguments and results, composition, function types
package main

import (
	"fmt"
	"strings"
)

type StrFn func(string) string

func compose(fs ...StrFn) StrFn {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	exclaim := func(s string) string { return s + "!" }
	pipeline := compose(strings.TrimSpace, strings.ToUpper, exclaim)
	fmt.Println(pipeline("  hello gopher  "))
	fmt.Printf("%T\n", pipeline)
	var nothing StrFn
	fmt.Println(nothing == nil)
}
