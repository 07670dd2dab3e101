// go run: 3
// gobackprop: CompileError: too many arguments  (program style only: method expression on an interface type declared inside func main; from methods_x19b_values_exprs)
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }

func main() {
	type getter interface{ Get() int }
	ie := getter.Get
	fmt.Println(ie(Counter{3}))
}
