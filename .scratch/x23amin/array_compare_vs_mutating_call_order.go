// An array comparison (b == c) in an argument list next to a later pointer-method call that
// mutates c: gc evaluates the comparison before the call, the session after it.
// (The spec leaves the order of non-call operands relative to calls unspecified, so this is
// a divergence from gc rather than a spec violation; ints in the same shape agree with gc.)
// go run:      true true [79 0]
// gobackprop:  false true [79 0]   (both styles; SILENT WRONG ANSWER)
// From coll_x23a_array_values.go.
package main

import "fmt"

type Board [2]byte

func (b *Board) Play(i int, p byte) bool {
	if b[i] != 0 {
		return false
	}
	b[i] = p
	return true
}

func main() {
	var b, c Board
	fmt.Println(b == c, c.Play(0, 'O'), c)
}
