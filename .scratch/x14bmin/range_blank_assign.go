// go run: done
// gobackprop, notebook style (main's body as top-level statements): no output,
//
//	error "runtime.Error: runtime error: invalid memory address or nil pointer dereference"
//
// Whole-program style agrees. Trigger: `_ = s` where s is the value variable of a
// top-level `for _, s := range` (a program that also prints s passes). Found in
// ml_x14b_optimizers.go, where the statement was `_ = f` of a var declared in the range body.
package main

import "fmt"

func main() {
	for _, s := range []string{"x"} {
		_ = s
	}
	fmt.Println("done")
}
