// Go prints "got: second"; the session: uncaught "panic: second" - a panic raised inside a deferred call is not seen by recover in a closure deferred earlier (even with no panic before it).
package main

import "fmt"

func f() (msg string) {
	defer func() { msg = fmt.Sprint("got: ", recover()) }()
	defer func() { panic("second") }()
	return "none"
}

func main() {
	fmt.Println(f())
}
