// Unary operator (- or ^) applied to a type assertion, the result converted to an
// interface (return of type any, or var x any = ...), yields nil.
// go run:      -2 -3
// gobackprop:  <nil> <nil>   (both styles; SILENT WRONG ANSWER)
// In notebook style also at top level: var x any = -a.(float64) prints <nil>
// (program style is fine there; the function-return form fails in both).
// From iface_x23a_expr_visitor.go (Evaluator.VisitNeg: return -n.X.Accept(e).(float64)).
package main

import "fmt"

func f() any { return 2 }

func g() any { return -f().(int) }

func h() any { return ^f().(int) }

func main() {
	fmt.Println(g(), h())
}
