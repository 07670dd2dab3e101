// Exercises: a panic raised inside a deferred function (re-panic) is recovered by a recover in a deferred function registered earlier in the same function
package main

import "fmt"

func run() {
	defer func() { fmt.Println("outer got:", recover()) }()
	defer func() { panic(fmt.Sprint("again: ", recover())) }()
	panic("first")
}

func main() {
	run()
	fmt.Println("run returned normally")
}
