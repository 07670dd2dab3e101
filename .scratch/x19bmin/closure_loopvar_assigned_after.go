// go run: 2 1 4
// gobackprop: CompileError: a function literal capturing loop variable i, which the loop body also assigns after the literal is made is not supported by gobackprop: copy it first (iCopy := i) and capture the copy  (both styles; from closure_x19b_loopvar)
package main

import "fmt"

func main() {
	var got []func() int
	for i := 0; i < 6; i += 2 {
		got = append(got, func() int { return i })
		i++
	}
	fmt.Println(len(got), got[0](), got[1]())
}
