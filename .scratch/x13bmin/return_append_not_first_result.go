// go run:      1 [a x]
// gobackprop:  panic: reflect.Set: value of type []string is not assignable to type int
//
//	(crash with an internal message; both styles; from text_x13b_flagset_cli.go,
//	where `return o, append(set, ...), nil` ended the run at the first call).
//	append as a result that is not the first one; `return append(s, "x"), 2`
//	runs.
package main

import "fmt"

func a() (int, []string) {
	s := []string{"a"}
	return 1, append(s, "x")
}

func main() {
	fmt.Println(a())
}
