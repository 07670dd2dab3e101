// Side finding (not from a corpus program; met while building a reduction).
// Go prints: ok
// Notebook style: the session reports "SyntaxError: expected ';', found '('"
// for the top-level statement `_, _ = fmt.Sprint(1), 2` (a blank tuple
// assignment whose right side holds a call). Whole-program style agrees with Go.
package main

import "fmt"

func main() {
	_, _ = fmt.Sprint(1), 2
	fmt.Println("ok")
}
