// Reduction of text_x36a_template_report.go (its rob(): `prev, cur = cur, max(cur, prev+n)`).
// Go prints:      5 1
// Session prints: 5 0   (no error) - SILENT, in both styles (whole program and notebook).
// A tuple assignment whose right side has a variable first and a min/max call
// after it stores 0 for the min/max value. `x, y = 7, max(3, 4)` and
// `a, b = len("ab"), max(x, 2)` are fine; `x, y = y, max(z, 0)` (z unrelated)
// and `a, b = b, min(b, a+10)` are wrong too. Other calls (len, append, user
// funcs) in the same place are fine. Context-dependent: in program style the
// same line comes out right when the program also has `max(one(), 0)` or
// `z := max(x, 0)` elsewhere (notebook style still wrong), and
// dp_x36a_job_scheduling's `p, c = c, max(c, p+x)` inside robCircular (whose
// result is `max(line(...), line(...))`) agreed with Go in both styles.
package main

import "fmt"

func main() {
	x, y := 1, 5
	x, y = y, max(x, 0)
	fmt.Println(x, y)
}
