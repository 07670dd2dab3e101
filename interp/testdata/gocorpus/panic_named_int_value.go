// Exercises: unrecovered panic with a named integer type that has a String method (runtime prints String()).
package main

import "fmt"

type ExitCode int

type State int

func (s State) String() string { return [...]string{"idle", "running", "broken"}[s] }

func check(s State) {
	if s == 2 {
		panic(s)
	}
	fmt.Println("state ok:", s)
}

func main() {
	check(0)
	check(1)
	var code ExitCode = 3
	fmt.Println("exit code would be", code)
	check(2)
}
