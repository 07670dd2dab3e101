// Go prints "final: second"; the session: uncaught "panic: second" - a panic raised by a deferred call while another panic unwinds is not recovered by an earlier-deferred recover.
package main

import "fmt"

func replaced() (msg string) {
	defer func() { msg = fmt.Sprint("final: ", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	fmt.Println(replaced())
}
