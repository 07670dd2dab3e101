// Compile error: break used in a function body outside any loop, switch or select.
// Expected: break is not in a loop, switch, or select
package main

import "fmt"

func check(n int) {
	if n > 10 {
		break
	}
	fmt.Println(n)
}

func main() {
	check(3)
}
