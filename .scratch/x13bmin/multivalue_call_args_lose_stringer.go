// go run:      1.0°C 2.0°C
//
//	3.0°C 3.0°C
//
// gobackprop:  1 2
//
//	3 3      (SILENT: a multi-value call passed straight as the arguments of
//	fmt.Println, f(g()), hands fmt the values without their named type, so the
//	String method is not used; generic or not. Assigning to variables first
//	prints right. From generics_x13b_constraints_stats.go
//	(fmt.Println(MinMax(temps...))), both styles)
package main

import "fmt"

type C float64

func (c C) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func F() (C, C) { return 1, 2 }

func E[T any](x T) (T, T) { return x, x }

func main() {
	fmt.Println(F())
	fmt.Println(E(C(3)))
}
