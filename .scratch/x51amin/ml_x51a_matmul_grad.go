// Reduction of ml_x51a_matmul_grad.go (both styles; SILENT wrong value).
// Go prints:      2 3
// Session prints: 3 3   (program and notebook style, no error)
//
// A return statement with several unnamed results, where a result after the
// first is a direct call of the builtin len (or cap), returns wrong values:
//
//	return len(s), len(t)   -> both results are len(t)      (3 3, want 2 3)
//	return 7, len(t)        -> 7 7                          (want 7 3)
//	r := len(m); return r, len(m[0]) -> 2 2                 (want 2 3)
//	return cap(s), cap(t)   -> 3 3                          (want 2 3)
//	return len(s), len(t), 9 -> 3 3 9                       (want 2 3 9)
//
// Correct: return len(s), 7; return len(s)+0, len(t)+0; named results
// assigned then bare return; n, m := len(s), len(t) then return n, m;
// Wrong too with string parameters: return len(s), len(t) for "ab", "abc"
// gives 3 3.
// In the full program, Matrix.Shape() { return len(m), len(m[0]) } returned
// (3, 3) for a 2x3 matrix, so T() indexed out of range and the session ended
// with "runtime error: index out of range [2] with length 2" before any output.
package main

import "fmt"

func two(s []int, t []int) (int, int) { return len(s), len(t) }

func main() {
	fmt.Println(two([]int{1, 2}, []int{1, 2, 3}))
}
