// Compile error: function with a result has a path that falls off the end without return.
// Expected: missing return
package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	}
}

func main() {
	fmt.Println(sign(3))
}
