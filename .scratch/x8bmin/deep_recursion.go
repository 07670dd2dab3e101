// x8b: Go prints 5000; both styles: StackOverflow error at 3000 nested calls (the kernel limit).
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	fmt.Println(depth(5000))
}
