// Exercises: notebook style: recursive closure var move func(n int) and a later top-level n
package main

import "fmt"

func main() {
	var move func(n int)
	move = func(n int) {
		if n == 0 {
			return
		}
		move(n - 1)
	}
	move(3)
	n := 4
	fmt.Println(n)
}
