// Reduction of ml_x31a_datasplit.go (notebook style only; program style agrees).
// Go prints: true   (rand.Perm is unseeded here, so only a bool is printed)
// Session (notebook style: main's body as top-level statements) prints nothing and
// reports: CompileError: constant definition loop
// Trigger: a top-level variable holding a []int returned by a compiled package's
// function (rand.Perm, (*rand.Rand).Perm, regexp's FindStringIndex ...) used as an
// index inside another index expression: x[perm[1]]. Going through a temporary
// (i := perm[1]; x[i]) works, and so does a slice from slices.Repeat.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	x := []int{10, 20, 30}
	perm := rand.Perm(3)
	fmt.Println(x[perm[1]] > 0)
}
