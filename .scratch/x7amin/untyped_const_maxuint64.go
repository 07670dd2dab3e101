package main

import (
	"fmt"
	"math"
)

const big = 1 << 63

// Untyped constant comparisons beyond int64 are silently false (`big > 0`,
// `math.MaxUint64 > 1`); `big == 1<<63` fails "constant 9223372036854775808 overflows
// int64". Go folds them exactly at compile time: true true. go/types has the folded
// value of every constant expression (types.Info.Types[e].Value) to substitute.
func main() {
	fmt.Println(big > 0, math.MaxUint64 > 1)
}
