// Go prints: {2}
// Session (notebook style): CompileError: undefined: scored (a type declared inside a block of main's body; program style agrees with Go)
package main

import "fmt"

func main() {
	if true {
		type scored struct{ n int }
		fmt.Println(scored{2})
	}
}
